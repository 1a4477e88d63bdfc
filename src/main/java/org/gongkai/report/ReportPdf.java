package org.gongkai.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.gongkai.platform.pdf.CjkFonts;
import org.springframework.stereotype.Component;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

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
            PdfWriter writer = PdfWriter.getInstance(doc, out);
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
                doc.add(paged(t, f, writer, doc));
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

    /**
     * One body row's cells, with each row-group label (a heading spanning several body rows, such as
     * 三、本年度办理结果 or （三）不予公开) given to every row it covers as a part: OpenPDF draws a row-spanning cell's text
     * on the first page only, so the label is written where its group begins and again where the table continues
     * on a new page, and the parts in between are drawn as one merged cell.
     */
    private record Slot(GridCell cell, boolean part, boolean first, boolean last) {
    }

    /** The table as laid out on the pages that follow from where the writer stands now. */
    private static PdfPTable paged(GridTable t, Fonts f, PdfWriter writer, Document doc) {
        List<List<Slot>> body = bodySlots(t);
        PdfPTable draft = table(t, body, f, Set.of());
        draft.setTotalWidth(doc.right() - doc.left());
        draft.setLockedWidth(true);
        Set<Integer> pageStarts = new HashSet<>();
        float full = doc.top() - doc.bottom() - draft.getHeaderHeight();
        float left = writer.getVerticalPosition(true) - doc.bottom() - draft.spacingBefore() - draft.getHeaderHeight();
        for (int i = 0; i < body.size(); i++) {
            float h = draft.getRowHeight(t.headerRows() + i);
            if (h > left) {
                pageStarts.add(i);
                left = full;
            }
            left -= h;
        }
        return table(t, body, f, pageStarts);
    }

    private static List<List<Slot>> bodySlots(GridTable t) {
        int bodyRows = t.rows().size() - t.headerRows();
        List<Map<Integer, Slot>> byColumn = new ArrayList<>();
        for (int i = 0; i < bodyRows; i++) {
            byColumn.add(new TreeMap<>());
        }
        boolean[][] taken = new boolean[t.rows().size()][t.columns()];
        for (int r = 0; r < t.rows().size(); r++) {
            int c = 0;
            for (GridCell cell : t.rows().get(r)) {
                while (c < t.columns() && taken[r][c]) {
                    c++;
                }
                for (int dr = 0; dr < cell.rowSpan(); dr++) {
                    for (int dc = 0; dc < cell.colSpan(); dc++) {
                        taken[r + dr][c + dc] = true;
                    }
                }
                int b = r - t.headerRows();
                if (b >= 0) {
                    if (cell.heading() && cell.rowSpan() > 1) {
                        for (int dr = 0; dr < cell.rowSpan(); dr++) {
                            byColumn.get(b + dr).put(c, new Slot(cell, true, dr == 0, dr == cell.rowSpan() - 1));
                        }
                    } else {
                        byColumn.get(b).put(c, new Slot(cell, false, true, true));
                    }
                }
                c += cell.colSpan();
            }
        }
        return byColumn.stream().map(m -> List.copyOf(m.values())).toList();
    }

    /** {@code pageStarts}: body rows that begin a page, where a group's label is written again. */
    private static PdfPTable table(GridTable t, List<List<Slot>> body, Fonts f, Set<Integer> pageStarts) {
        PdfPTable table = new PdfPTable(t.columns());
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(10);
        table.setHeaderRows(t.headerRows());
        table.setWidths(widths(t));
        for (int r = 0; r < t.headerRows(); r++) {
            for (GridCell c : t.rows().get(r)) {
                table.addCell(cell(c, c.text(), f));
            }
        }
        for (int i = 0; i < body.size(); i++) {
            boolean startsPage = pageStarts.contains(i);
            for (Slot s : body.get(i)) {
                GridCell c = s.cell();
                if (!s.part()) {
                    table.addCell(cell(c, c.text(), f));
                    continue;
                }
                PdfPCell cell = cell(new GridCell(c.text(), 1, c.colSpan(), true, c.scope()),
                        s.first() || startsPage ? c.text() : "", f);
                if (!s.first() && !startsPage) {
                    cell.disableBorderSide(Rectangle.TOP);
                }
                if (!s.last() && !pageStarts.contains(i + 1)) {
                    cell.disableBorderSide(Rectangle.BOTTOM);
                }
                table.addCell(cell);
            }
        }
        return table;
    }

    private static PdfPCell cell(GridCell c, String text, Fonts f) {
        PdfPCell cell = new PdfPCell(new Phrase(text, c.heading() ? f.cellHeading() : f.cell()));
        cell.setRowspan(c.rowSpan());
        cell.setColspan(c.colSpan());
        cell.setHorizontalAlignment(c.heading() && c.colSpan() == 1 && c.rowSpan() == 1 && "row".equals(c.scope())
                ? Element.ALIGN_LEFT : Element.ALIGN_CENTER);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPadding(3);
        if (c.heading()) {
            cell.setBackgroundColor(new Color(0xF2, 0xF4, 0xF7));
        }
        return cell;
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
