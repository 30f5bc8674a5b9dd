package io.boneregistry.outcomes.auditreport;

import io.boneregistry.outcomes.funnel.FunnelLimitsAt;
import io.boneregistry.outcomes.funnel.FunnelPlot;
import io.boneregistry.outcomes.funnel.FunnelUnit;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * A funnel plot drawn as vector lines: rate against n, the target, the 95 % (dashed) and 99.8 %
 * (solid) exact binomial limits, and each unit as a dot, the audited centre larger and in red.
 */
final class FunnelDrawing {

    private static final Color LIMIT_95 = new Color(230, 150, 40);
    private static final Color LIMIT_998 = new Color(200, 40, 40);
    private static final Color UNIT = new Color(40, 90, 160);
    private static final Color OWN = new Color(200, 20, 20);

    private final PdfCanvas canvas;
    private final float left;
    private final float bottom;
    private final float width;
    private final float height;
    private final int maxN;

    private FunnelDrawing(PdfCanvas canvas, float left, float bottom, float width, float height, int maxN) {
        this.canvas = canvas;
        this.left = left;
        this.bottom = bottom;
        this.width = width;
        this.height = height;
        this.maxN = Math.max(1, maxN);
    }

    /** Draws the plot in the box; {@code ownUnit} (may be null) is the audited centre. */
    static void draw(PdfCanvas canvas, FunnelPlot plot, String ownUnit, float left, float bottom, float width, float height) {
        int maxN = plot.units().stream().filter(unit -> unit.n() != null).mapToInt(FunnelUnit::n).max().orElse(1);
        new FunnelDrawing(canvas, left + 24, bottom + 18, width - 30, height - 34, maxN).plot(plot, ownUnit);
    }

    private void plot(FunnelPlot plot, String ownUnit) {
        try {
            PDPageContentStream out = canvas.content();
            canvas.text(PdfCanvas.BOLD, 8, left - 24, bottom + height + 8, plot.benchmarkId() + " by " + plot.by().name().toLowerCase(), Color.BLACK);
            out.setLineWidth(0.5f);
            out.setStrokingColor(Color.GRAY);
            out.addRect(left, bottom, width, height);
            out.stroke();
            for (double tick : new double[]{0, 0.25, 0.5, 0.75, 1}) {
                canvas.text(PdfCanvas.REGULAR, 6, left - 18, y(tick) - 2, String.format("%.2f", tick), Color.DARK_GRAY);
            }
            canvas.text(PdfCanvas.REGULAR, 6, left, bottom - 9, "0", Color.DARK_GRAY);
            canvas.text(PdfCanvas.REGULAR, 6, left + width - 16, bottom - 9, "n=" + maxN, Color.DARK_GRAY);
            line(out, 0, plot.target(), maxN, plot.target(), Color.BLACK, false);
            curve(out, plot.limits(), FunnelLimitsAt::low95, LIMIT_95, true);
            curve(out, plot.limits(), FunnelLimitsAt::high95, LIMIT_95, true);
            curve(out, plot.limits(), FunnelLimitsAt::low998, LIMIT_998, false);
            curve(out, plot.limits(), FunnelLimitsAt::high998, LIMIT_998, false);
            for (FunnelUnit unit : plot.units()) {
                if (unit.n() == null || unit.rate() == null) continue;
                boolean own = unit.unit().equals(ownUnit);
                float radius = own ? 2.6f : 1.8f;
                out.setNonStrokingColor(own ? OWN : UNIT);
                out.addRect(x(unit.n()) - radius, y(unit.rate()) - radius, 2 * radius, 2 * radius);
                out.fill();
                if (own || unit.outside998() != null) {
                    canvas.text(PdfCanvas.REGULAR, 5.5f, x(unit.n()) + 3, y(unit.rate()) + 2, unit.unit(), own ? OWN : Color.DARK_GRAY);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void curve(PDPageContentStream out, List<FunnelLimitsAt> limits, ToDoubleFunction<FunnelLimitsAt> value,
                       Color colour, boolean dashed) throws IOException {
        if (limits.isEmpty()) return;
        out.setStrokingColor(colour);
        out.setLineDashPattern(dashed ? new float[]{2, 2} : new float[0], 0);
        out.moveTo(x(limits.get(0).n()), y(value.applyAsDouble(limits.get(0))));
        for (FunnelLimitsAt at : limits) out.lineTo(x(at.n()), y(value.applyAsDouble(at)));
        out.stroke();
        out.setLineDashPattern(new float[0], 0);
    }

    private void line(PDPageContentStream out, double n1, double r1, double n2, double r2, Color colour, boolean dashed) throws IOException {
        out.setStrokingColor(colour);
        out.setLineDashPattern(dashed ? new float[]{2, 2} : new float[0], 0);
        out.moveTo(x(n1), y(r1));
        out.lineTo(x(n2), y(r2));
        out.stroke();
    }

    private float x(double n) {
        return left + (float) (n / maxN) * width;
    }

    private float y(double rate) {
        return bottom + (float) Math.max(0, Math.min(1, rate)) * height;
    }
}
