package org.gongkai.document;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The text of a DOCX (POI XWPF): body paragraphs, tables one row per line with cells separated by tabs, then
 * headers, footers, footnotes and comments.
 */
final class DocxText {

    private DocxText() {
    }

    static TextWithSpans extract(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            TextWithSpans out = new TextWithSpans();
            int[] counters = new int[2];
            body(doc.getBodyElements(), out, counters);
            for (XWPFHeaderFooter h : doc.getHeaderList()) {
                flat(h.getBodyElements(), out, "header");
            }
            for (XWPFHeaderFooter f : doc.getFooterList()) {
                flat(f.getBodyElements(), out, "footer");
            }
            for (XWPFFootnote n : doc.getFootnotes()) {
                flat(n.getBodyElements(), out, "footnote");
            }
            XWPFComment[] comments = doc.getComments();
            if (comments != null) {
                for (XWPFComment c : comments) {
                    flat(c.getBodyElements(), out, "comment");
                }
            }
            return out;
        }
    }

    private static void body(List<IBodyElement> elements, TextWithSpans out, int[] counters) {
        for (IBodyElement e : elements) {
            if (e instanceof XWPFParagraph p) {
                counters[0]++;
                out.add(p.getText(), "paragraph:" + counters[0]);
                out.newLine();
            } else if (e instanceof XWPFTable t) {
                counters[1]++;
                int r = 0;
                for (XWPFTableRow row : t.getRows()) {
                    r++;
                    for (XWPFTableCell cell : row.getTableCells()) {
                        out.add(cellText(cell), "table:" + counters[1] + "-" + r);
                        out.tab();
                    }
                    out.newLine();
                }
            }
        }
    }

    private static void flat(List<IBodyElement> elements, TextWithSpans out, String location) {
        for (IBodyElement e : elements) {
            if (e instanceof XWPFParagraph p) {
                out.add(p.getText(), location);
                out.newLine();
            } else if (e instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        out.add(cellText(cell), location);
                        out.tab();
                    }
                    out.newLine();
                }
            }
        }
    }

    private static String cellText(XWPFTableCell cell) {
        return cell.getText().replace('\n', ' ').replace('\t', ' ');
    }
}
