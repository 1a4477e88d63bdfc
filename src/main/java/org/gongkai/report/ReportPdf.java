package org.gongkai.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.gongkai.platform.pdf.CjkFonts;
import org.springframework.stereotype.Component;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.Optional;

/**
 * The whole annual report as a PDF with an embedded (subsetted) CJK font: title, the six sections, the tables with
 * the template's merged headings. Empty when the machine has no CJK font (see ADR 0010).
 */
@Component
class ReportPdf {

    private final CjkFonts fonts;

    ReportPdf(CjkFonts fonts) {
        this.fonts = fonts;
    }

    boolean available() {
        return fonts.font().isPresent();
    }

    Optional<byte[]> render(String title, ReportFigures figures, Narratives text) {
        return fonts.baseFont().map(base -> write(title, figures, text, base));
    }

    private static byte[] write(String title, ReportFigures figures, Narratives text, BaseFont base) {
        try {
            Fonts f = new Fonts(new Font(base, 16, Font.BOLD), new Font(base, 12, Font.BOLD), new Font(base, 11),
                    new Font(base, 8), new Font(base, 8, Font.BOLD));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document doc = new Document(PageSize.A4.rotate(), 40, 40, 40, 40);
            PdfWriter.getInstance(doc, out);
            doc.addTitle(title);
            doc.addCreator("Gongkai");
            doc.open();
            Paragraph head = new Paragraph(title, f.title());
            head.setAlignment(Element.ALIGN_CENTER);
            head.setSpacingAfter(14);
            doc.add(head);
            section(doc, "一、总体情况", text.overview(), f);
            for (GridTable t : ReportLayout.tables(figures)) {
                doc.add(paragraph(t.caption(), f.heading()));
                doc.add(table(t, f));
            }
            section(doc, "五、存在的主要问题及改进情况", text.problems(), f);
            section(doc, "六、其他需要报告的事项", text.otherMatters(), f);
            doc.close();
            return out.toByteArray();
        } catch (DocumentException e) {
            throw new IllegalStateException("the annual report PDF could not be written with font " + base.getPostscriptFontName(), e);
        }
    }

    private static void section(Document doc, String heading, String text, Fonts f) {
        doc.add(paragraph(heading, f.heading()));
        ReportHtml.paragraphs(text).forEach(p -> doc.add(paragraph("　　" + p, f.body())));
    }

    private static PdfPTable table(GridTable t, Fonts f) {
        PdfPTable table = new PdfPTable(t.columns());
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(10);
        table.setHeaderRows(t.headerRows());
        table.setWidths(widths(t));
        for (var row : t.rows()) {
            for (GridCell c : row) {
                PdfPCell cell = new PdfPCell(new Phrase(c.text(), c.heading() ? f.cellHeading() : f.cell()));
                cell.setRowspan(c.rowSpan());
                cell.setColspan(c.colSpan());
                cell.setHorizontalAlignment(c.heading() && c.colSpan() == 1 && c.rowSpan() == 1 && "row".equals(c.scope())
                        ? Element.ALIGN_LEFT : Element.ALIGN_CENTER);
                cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
                cell.setPadding(3);
                if (c.heading()) {
                    cell.setBackgroundColor(new Color(0xF2, 0xF4, 0xF7));
                }
                table.addCell(cell);
            }
        }
        return table;
    }

    private static float[] widths(GridTable t) {
        float[] w = new float[t.columns()];
        for (int i = 0; i < w.length; i++) {
            w[i] = t.columns() == 10 && i < 3 ? (i == 2 ? 5f : 2f) : t.columns() == 4 && i == 0 ? 3f : 1.5f;
        }
        return w;
    }

    private static Paragraph paragraph(String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setSpacingAfter(6);
        p.setLeading(font.getSize() * 1.6f);
        return p;
    }

    private record Fonts(Font title, Font heading, Font body, Font cell, Font cellHeading) {
    }
}
