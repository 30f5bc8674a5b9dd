package io.boneregistry.outcomes.auditreport;

import io.boneregistry.api.guideline.RuleStrength;
import io.boneregistry.outcomes.benchmark.Benchmark;
import io.boneregistry.outcomes.benchmark.BenchmarkRow;
import io.boneregistry.outcomes.benchmark.Direction;
import io.boneregistry.outcomes.benchmark.OutcomeSettings;
import io.boneregistry.outcomes.conformance.ConformanceRow;
import io.boneregistry.outcomes.funnel.FunnelPlot;
import io.boneregistry.outcomes.statistics.Interval;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The audit report as a PDF a quality committee can file: scope and settings first, then the
 * benchmark table with verdicts, the funnel plots, conformance to the guideline, and the
 * definitions the numbers follow.
 */
public final class AuditReportPdf {

    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final AuditReport report;
    private final PdfCanvas canvas;

    private AuditReportPdf(AuditReport report, PDDocument document) {
        this.report = report;
        this.canvas = new PdfCanvas(document, "Bone tumour registry audit report - " + scope());
    }

    public static void write(AuditReport report, OutputStream out) {
        try (PDDocument document = new PDDocument()) {
            information(document, report);
            AuditReportPdf pdf = new AuditReportPdf(report, document);
            pdf.render();
            pdf.canvas.close();
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException("audit report not written", e);
        }
    }

    private void render() {
        canvas.heading("Audit report: percutaneous image-guided treatment of bone tumours", 15);
        canvas.paragraph("Scope: " + scope() + ". Period: procedures " + period() + ". Generated " + GENERATED.format(report.generatedAt())
                + " from the registry's analysis dataset; every number can be recounted from GET /api/exports/analysis.csv with the same filter.", 9);
        settings();
        benchmarks();
        funnels();
        conformance();
        definitions();
    }

    private void settings() {
        OutcomeSettings s = report.settings();
        canvas.heading("Settings used", 11);
        canvas.paragraph(String.format(Locale.ROOT, "Pain assessment follow-up: closest to day %d within days %d-%d. Pain response: more than %.0f %% "
                        + "reduction (cementoplasty, palliative RFA), more than %.0f %% (ethanol; 0 is any decrease), more than %.0f %% "
                        + "(cryoablation). Recurrence: followed to day %d, or recurred before. Complications: within %d days of the procedure. "
                        + "Verdicts need at least %d in the denominator. Intervals: Wilson score 95 %%; for cement leakage, the patients' "
                        + "vertebrae clustered (Korn-Graubard). CUSUM: unacceptable rate %.1f x acceptable, threshold h = %.1f.",
                s.painWindowTarget(), s.painWindowFrom(), s.painWindowTo(), s.painReductionThreshold() * 100,
                s.ethanolPainReductionThreshold() * 100, s.cryoPainReductionThreshold() * 100, s.recurrenceFollowUpDays(),
                s.complicationWindowDays(), s.minDenominator(), s.cusumRateRatio(), s.cusumThreshold()), 9);
    }

    private void benchmarks() {
        canvas.heading("Benchmarks (CIRSE guideline, Gangi et al., section 6)", 11);
        List<List<String>> rows = new ArrayList<>();
        for (BenchmarkRow row : report.benchmarks().rows()) {
            boolean time = Benchmark.byId(row.benchmarkId()).map(Benchmark::timeToEvent).orElse(false);
            rows.add(List.of(row.benchmarkId(), row.measure(), count(row.n()), count(row.x()), count(row.notEvaluable()),
                    time ? weeks(row.medianWeeks()) : percent(row.rate()),
                    time ? interval(row.median95(), false) : interval(row.clustered95() != null ? row.clustered95() : row.wilson95(), true),
                    documented(row), verdict(row.verdict().name())));
        }
        canvas.table(List.of("Benchmark", "Measure", "n", "x", "Not eval.", "Rate / median", "95 % CI", "Documented", "Verdict"),
                rows, new float[]{88, 97, 26, 26, 30, 46, 66, 52, 80}, 7);
        canvas.paragraph("Verdict: WORSE or BETTER when the 95 % interval lies wholly outside the documented figure on the worse or better side; "
                + "WITHIN otherwise; INSUFFICIENT_DATA when n is below " + report.settings().minDenominator() + ". For BM-ETHANOL-DURATION, "
                + "n counts responders, x ended palliations, and the figure is the Kaplan-Meier median in weeks with its 95 % interval.", 8);
    }

    private void funnels() {
        if (report.funnels().isEmpty()) return;
        canvas.newPage();
        canvas.heading("Funnel plots by centre", 11);
        canvas.paragraph("Each dot is a centre (the audited centre in red, labelled); the black line is the target (midpoint of the documented "
                + "figure, or the figure itself where the text gives one figure or a bound), dashed lines the 95 % and solid lines the 99.8 % "
                + "exact binomial control limits.", 8);
        float gap = 14;
        float width = (canvas.width() - gap) / 2;
        float height = 170;
        for (int i = 0; i < report.funnels().size(); i += 2) {
            float bottom = canvas.reserve(height + 8);
            for (int j = i; j < Math.min(i + 2, report.funnels().size()); j++) {
                FunnelPlot plot = report.funnels().get(j);
                FunnelDrawing.draw(canvas, plot, report.centreId(), PdfCanvas.MARGIN + (j - i) * (width + gap), bottom, width, height);
            }
        }
    }

    private void conformance() {
        canvas.newPage();
        canvas.heading("Conformance to the guideline's rules", 11);
        canvas.paragraph("Per rule: the cases it applied to, those deviating from it at least once, and the deviation rate with its Wilson 95 % "
                + "interval; then the cases that did otherwise than the text only advises (advisory rules, marked (a), or advisory parts), "
                + "which are not deviations. The deviating cases and their justifications are listed in GET /api/quality/conformance.", 8);
        List<List<String>> rows = new ArrayList<>();
        for (ConformanceRow row : report.conformance().rows()) {
            if (row.appliedCases() == 0) continue;
            String rule = row.strength() == RuleStrength.ADVISORY ? row.ruleId() + " (a)" : row.ruleId();
            rows.add(List.of(rule, row.sentence(), Integer.toString(row.appliedCases()), Integer.toString(row.deviatingCases()),
                    percent(row.deviationRate()), interval(row.wilson95(), true), Integer.toString(row.advisedCases())));
        }
        if (rows.isEmpty()) canvas.paragraph("No rule applied to the cases of this scope and period.", 9);
        else canvas.table(List.of("Rule", "What it asks", "Applied", "Deviating", "Rate", "95 % CI", "Advised"), rows,
                new float[]{100, 199, 36, 40, 40, 60, 36}, 7);
    }

    private void definitions() {
        canvas.newPage();
        canvas.heading("Definitions", 11);
        for (Benchmark benchmark : Benchmark.values()) {
            canvas.paragraph(benchmark.id() + ": " + benchmark.measure() + ". Denominator: " + benchmark.population() + ". Documented figure "
                    + documented(benchmark) + ", "
                    + (benchmark.direction() == Direction.HIGHER_IS_BETTER ? "higher is better" : "lower is better")
                    + (benchmark.source().isEmpty() ? "" : ", source " + benchmark.source()) + ". \u201C" + benchmark.text() + "\u201D"
                    + (benchmark.caution() == null ? "" : " Caution: " + benchmark.caution() + "."), 8);
        }
        canvas.paragraph("Index procedure: the case's earliest procedure by date (the first recorded on a tie). Pain responder: baseline VAS b >= 1 "
                + "and (b - v) / b above the threshold, or baseline opioid m > 0 and (m - m') / m above it, at the assessment follow-up. "
                + "Content is always the latest amended version of each entry; closed cases count.", 8);
    }

    private String scope() {
        return report.centreId() == null ? "all centres" : "centre " + report.centreId();
    }

    private String period() {
        if (report.from() == null && report.to() == null) return "of any date";
        return (report.from() == null ? "up to " : "from " + report.from() + (report.to() == null ? "" : " to ")) + (report.to() == null ? "" : report.to());
    }

    private static String documented(BenchmarkRow row) {
        return Benchmark.byId(row.benchmarkId()).map(AuditReportPdf::documented).orElse("");
    }

    /** The figure as the text gives it: a range, one figure, or a bound ("< 1 %", "<= 75 %", "> 85 %"). */
    private static String documented(Benchmark benchmark) {
        double low = benchmark.low();
        double high = benchmark.high();
        if (benchmark.timeToEvent()) return String.format(Locale.ROOT, "%.0f-%.0f weeks", low, high);
        return switch (benchmark.figure()) {
            case BELOW -> "< " + percent(high);
            case AT_MOST -> "<= " + percent(high);
            case ABOVE -> "> " + percent(low);
            case POINT, RANGE -> low == high ? percent(low) : percent(low) + "-" + percent(high);
        };
    }

    private static String verdict(String verdict) {
        return verdict.replace('_', ' ');
    }

    private static String count(Integer value) {
        return value == null ? "<5" : value.toString();
    }

    private static String percent(Double value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%.1f %%", value * 100);
    }

    private static String weeks(Double value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%.1f wk", value);
    }

    private static String interval(Interval interval, boolean asPercent) {
        if (interval == null) return "-";
        String low = interval.low() == null ? "-" : asPercent ? percent(interval.low()) : weeks(interval.low());
        String high = interval.high() == null ? "open" : asPercent ? percent(interval.high()) : weeks(interval.high());
        return low + " to " + high;
    }

    private static void information(PDDocument document, AuditReport report) {
        PDDocumentInformation information = document.getDocumentInformation();
        information.setTitle("Bone tumour registry audit report");
        information.setSubject("Benchmarks, funnel plots and guideline conformance");
        information.setCreator("Bone Tumour Procedure Registry");
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        created.setTimeInMillis(report.generatedAt().toEpochMilli());
        information.setCreationDate(created);
    }
}
