package org.gongkai.document;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationMarkup;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a PDF holds beside its page text: the document information dictionary, the XMP metadata, annotations (notes,
 * pop-ups, file attachments), form fields (names and values), the outline, and the names and descriptions of embedded
 * files. Embedded files' content and pages that are pictures without text (scans) are reported as not screened.
 */
final class PdfExtras {

    record Extras(TextWithSpans text, List<ScreeningText.Unscreened> unscreened) {
    }

    private PdfExtras() {
    }

    static Extras read(Path file) throws IOException {
        TextWithSpans out = new TextWithSpans();
        List<ScreeningText.Unscreened> unscreened = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            var info = pdf.getDocumentInformation().getCOSObject();
            for (Map.Entry<COSName, COSBase> e : info.entrySet()) {
                out.add(e.getKey().getName(), "metadata");
                out.tab();
                out.add(string(e.getValue()), "metadata");
                out.newLine();
            }
            PDMetadata xmp = pdf.getDocumentCatalog().getMetadata();
            if (xmp != null) {
                try (InputStream in = xmp.exportXMPMetadata()) {
                    out.add(OfficePackageText.xmlText(OfficePackageText.safeFactory(), in, "XMP"), "xmp");
                    out.newLine();
                }
            }
            int pageNo = 0;
            PDFTextStripper stripper = new PDFTextStripper();
            for (PDPage page : pdf.getPages()) {
                pageNo++;
                for (PDAnnotation a : page.getAnnotations()) {
                    String where = "annotation:" + pageNo;
                    out.add(a.getContents(), where);
                    out.tab();
                    if (a instanceof PDAnnotationMarkup m) {
                        out.add(m.getTitlePopup(), where);
                        out.tab();
                        out.add(m.getSubject(), where);
                        out.tab();
                        out.add(m.getRichContents(), where);
                    }
                    if (a instanceof PDAnnotationFileAttachment fa && fa.getFile() != null) {
                        out.tab();
                        out.add(fa.getFile().getFile(), where);
                        unscreened.add(new ScreeningText.Unscreened("embedded:" + pageNo + " " + fa.getFile().getFile(),
                                "file attached to a note"));
                    }
                    out.newLine();
                }
                if (hasImage(page.getResources())) {
                    stripper.setStartPage(pageNo);
                    stripper.setEndPage(pageNo);
                    if (stripper.getText(pdf).isBlank()) {
                        unscreened.add(new ScreeningText.Unscreened("image:" + pageNo, "scanned page"));
                    }
                }
            }
            PDAcroForm form = pdf.getDocumentCatalog().getAcroForm();
            if (form != null) {
                for (PDField f : form.getFieldTree()) {
                    out.add(f.getFullyQualifiedName(), "form");
                    out.tab();
                    out.add(f.getAlternateFieldName(), "form");
                    out.tab();
                    out.add(f.getValueAsString(), "form");
                    out.newLine();
                }
            }
            outline(pdf.getDocumentCatalog().getDocumentOutline(), out, 0);
            PDDocumentNameDictionary names = pdf.getDocumentCatalog().getNames();
            if (names != null && names.getEmbeddedFiles() != null) {
                embedded(names.getEmbeddedFiles(), out, unscreened, 0);
            }
        }
        return new Extras(out, unscreened);
    }

    private static String string(COSBase v) {
        if (v instanceof COSString s) {
            return s.getString();
        }
        return v == null ? "" : v.toString();
    }

    private static void outline(PDOutlineNode node, TextWithSpans out, int depth) {
        if (node == null || depth > 50) {
            return;
        }
        for (PDOutlineItem item : node.children()) {
            out.add(item.getTitle(), "outline");
            out.newLine();
            outline(item, out, depth + 1);
        }
    }

    private static void embedded(PDNameTreeNode<PDComplexFileSpecification> node, TextWithSpans out,
                                 List<ScreeningText.Unscreened> unscreened, int depth) throws IOException {
        if (node == null || depth > 20) {
            return;
        }
        Map<String, PDComplexFileSpecification> here = node.getNames();
        if (here != null) {
            for (var e : here.entrySet()) {
                PDComplexFileSpecification spec = e.getValue();
                out.add(e.getKey(), "embedded");
                out.tab();
                out.add(spec.getFilename(), "embedded");
                out.tab();
                out.add(spec.getFileUnicode(), "embedded");
                out.tab();
                out.add(spec.getFileDescription(), "embedded");
                out.newLine();
                unscreened.add(new ScreeningText.Unscreened("embedded:" + e.getKey(), "embedded file"));
            }
        }
        if (node.getKids() != null) {
            for (var kid : node.getKids()) {
                embedded(kid, out, unscreened, depth + 1);
            }
        }
    }

    private static boolean hasImage(PDResources resources) throws IOException {
        if (resources == null) {
            return false;
        }
        for (COSName n : resources.getXObjectNames()) {
            if (resources.isImageXObject(n)) {
                return true;
            }
        }
        return false;
    }
}
