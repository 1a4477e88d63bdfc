package org.gongkai.document;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/**
 * Redacts a DOCX in place (POI XWPF): a paragraph that holds a protected value is rewritten with the masked text in
 * its first run (the paragraph keeps its style; formatting inside it collapses to the first run's). Body, tables,
 * headers, footers, footnotes, comments and the document properties are covered; {@link RedactionCheck} then proves
 * no value is left anywhere in the package.
 */
final class DocxRedactor {

    private DocxRedactor() {
    }

    static byte[] redact(Path file, Collection<Replacement> replacements) throws IOException {
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            elements(doc.getBodyElements(), replacements);
            for (XWPFHeaderFooter h : doc.getHeaderList()) {
                elements(h.getBodyElements(), replacements);
            }
            for (XWPFHeaderFooter f : doc.getFooterList()) {
                elements(f.getBodyElements(), replacements);
            }
            for (XWPFFootnote n : doc.getFootnotes()) {
                elements(n.getBodyElements(), replacements);
            }
            XWPFComment[] comments = doc.getComments();
            if (comments != null) {
                for (XWPFComment c : comments) {
                    elements(c.getBodyElements(), replacements);
                }
            }
            for (var n : doc.getEndnotes()) {
                elements(n.getBodyElements(), replacements);
            }
            // text boxes: their paragraphs are not body elements of any POI object
            for (XmlObject o : doc.getDocument().selectPath(
                    "declare namespace w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' .//w:txbxContent/w:p")) {
                paragraph(new XWPFParagraph((CTP) o, doc), replacements);
            }
            properties(doc.getProperties(), replacements);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void elements(List<IBodyElement> elements, Collection<Replacement> replacements) {
        for (IBodyElement e : elements) {
            if (e instanceof XWPFParagraph p) {
                paragraph(p, replacements);
            } else if (e instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        elements(cell.getBodyElements(), replacements);
                    }
                }
            }
        }
    }

    static void paragraph(XWPFParagraph p, Collection<Replacement> replacements) {
        String text = p.getText();
        if (!Replacement.anyIn(text, replacements)) {
            return;
        }
        String masked = Replacement.apply(text, replacements);
        while (p.getRuns().size() > 1) {
            p.removeRun(p.getRuns().size() - 1);
        }
        XWPFRun run = p.getRuns().isEmpty() ? p.createRun() : p.getRuns().get(0);
        CTR ctr = run.getCTR();
        while (ctr.sizeOfTArray() > 0) {
            ctr.removeT(0);
        }
        while (ctr.sizeOfInstrTextArray() > 0) {
            ctr.removeInstrText(0);
        }
        while (ctr.sizeOfDelTextArray() > 0) {
            ctr.removeDelText(0);
        }
        run.setText(masked, 0);
    }

    static void properties(POIXMLProperties props, Collection<Replacement> replacements) {
        var core = props.getCoreProperties();
        core.setTitle(Replacement.apply(core.getTitle(), replacements));
        core.setSubjectProperty(Replacement.apply(core.getSubject(), replacements));
        core.setDescription(Replacement.apply(core.getDescription(), replacements));
        core.setKeywords(Replacement.apply(core.getKeywords(), replacements));
        core.setCreator(Replacement.apply(core.getCreator(), replacements));
        core.setLastModifiedByUser(Replacement.apply(core.getLastModifiedByUser(), replacements));
        core.setCategory(Replacement.apply(core.getCategory(), replacements));
    }
}
