package io.boneregistry.outcomes.auditreport;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A4 pages written top to bottom: headings, wrapped paragraphs, tables that carry their header
 * over a page break, and boxes reserved for drawings. Text is limited to what the standard PDF
 * fonts can show; anything else is spelled out ("<=") or replaced.
 */
final class PdfCanvas {

    static final float MARGIN = 42;
    static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final Map<Character, String> SPELLED = Map.of('≤', "<=", '≥', ">=", '−', "-", '‐', "-", '×', "x", '·', "*");

    private final PDDocument document;
    private final String footer;
    private final Map<Character, Boolean> printable = new HashMap<>();
    private PDPageContentStream content;
    private float y;
    private int pages;

    PdfCanvas(PDDocument document, String footer) {
        this.document = document;
        this.footer = footer;
        newPage();
    }

    float width() {
        return PDRectangle.A4.getWidth() - 2 * MARGIN;
    }

    PDPageContentStream content() {
        return content;
    }

    void newPage() {
        try {
            if (content != null) content.close();
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            pages++;
            y = PDRectangle.A4.getHeight() - MARGIN;
            text(REGULAR, 7, MARGIN, MARGIN / 2, footer + "  -  page " + pages, Color.GRAY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void heading(String text, float size) {
        space(size * 2.2f);
        y -= size * 0.6f;
        text(BOLD, size, MARGIN, y - size, text, Color.BLACK);
        y -= size * 1.6f;
    }

    void paragraph(String text, float size) {
        for (String line : wrap(text, REGULAR, size, width())) {
            space(size * 1.35f);
            text(REGULAR, size, MARGIN, y - size, line, Color.BLACK);
            y -= size * 1.35f;
        }
        y -= size * 0.5f;
    }

    /** A table with fixed column widths (points); cells wrap, rows never split, the header repeats after a page break. */
    void table(List<String> header, List<List<String>> rows, float[] widths, float size) {
        row(header, widths, size, BOLD, new Color(225, 230, 238));
        for (List<String> row : rows) {
            if (height(row, widths, size) > y - MARGIN) {
                newPage();
                row(header, widths, size, BOLD, new Color(225, 230, 238));
            }
            row(row, widths, size, REGULAR, null);
        }
        y -= size;
    }

    /** Reserves a box of this height, on a new page if it does not fit; returns its lower-left corner's y. */
    float reserve(float height) {
        space(height);
        y -= height;
        return y;
    }

    void text(PDType1Font font, float size, float x, float baseline, String text, Color colour) {
        try {
            content.beginText();
            content.setNonStrokingColor(colour);
            content.setFont(font, size);
            content.newLineAtOffset(x, baseline);
            content.showText(printable(text, font));
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    float textWidth(String text, PDType1Font font, float size) {
        try {
            return font.getStringWidth(printable(text, font)) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void close() {
        try {
            content.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void row(List<String> cells, float[] widths, float size, PDType1Font font, Color fill) {
        float height = height(cells, widths, size);
        try {
            if (fill != null) {
                content.setNonStrokingColor(fill);
                content.addRect(MARGIN, y - height, sum(widths), height);
                content.fill();
            }
            content.setStrokingColor(new Color(200, 200, 200));
            content.setLineWidth(0.4f);
            content.moveTo(MARGIN, y - height);
            content.lineTo(MARGIN + sum(widths), y - height);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        float x = MARGIN;
        for (int i = 0; i < cells.size(); i++) {
            float lineY = y - size - 2;
            for (String line : wrap(cells.get(i), font, size, widths[i] - 4)) {
                text(font, size, x + 2, lineY, line, Color.BLACK);
                lineY -= size * 1.25f;
            }
            x += widths[i];
        }
        y -= height;
    }

    private float height(List<String> cells, float[] widths, float size) {
        int lines = 1;
        for (int i = 0; i < cells.size(); i++) lines = Math.max(lines, wrap(cells.get(i), REGULAR, size, widths[i] - 4).size());
        return lines * size * 1.25f + 4;
    }

    private void space(float needed) {
        if (y - needed < MARGIN) newPage();
    }

    private List<String> wrap(String text, PDType1Font font, float size, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : (text == null ? "" : text).split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (textWidth(candidate, font, size) > width && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** The text with every character the font cannot show spelled out or replaced by '?'. */
    private String printable(String text, PDType1Font font) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (SPELLED.containsKey(c)) out.append(SPELLED.get(c));
            else out.append(printable.computeIfAbsent(c, ch -> canShow(font, ch)) ? c : '?');
        }
        return out.toString();
    }

    private static boolean canShow(PDType1Font font, char c) {
        try {
            font.encode(String.valueOf(c));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static float sum(float[] values) {
        float total = 0;
        for (float value : values) total += value;
        return total;
    }
}
