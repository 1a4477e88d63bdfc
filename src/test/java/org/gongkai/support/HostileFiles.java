package org.gongkai.support;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A corpus of hostile attachments built in code: one DOCX, XLSX or PDF per place a value can hide in, each carrying its
 * own marker — a valid resident ID number no other file holds — and a reader that pulls every trace of text out of a
 * downloaded file (raw bytes, every zip part inflated, every PDF stream decoded and string).
 */
public final class HostileFiles {

    /** One file of the corpus: where the marker hides, the file's name and bytes, and the marker. */
    public record Hostile(String place, String fileName, byte[] bytes, String marker) {
    }

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private HostileFiles() {
    }

    /** A valid 18-digit resident ID, different at every call (random birth date and sequence). */
    public static String marker() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(r.nextInt(15000));
        String first17 = "440106" + birth.toString().replace("-", "") + "%03d".formatted(r.nextInt(1, 999));
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * w[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    /** Every hiding place, each file with a fresh marker. */
    public static List<Hostile> corpus() {
        List<Hostile> all = new ArrayList<>();
        docx(all, "docx-core-properties", (d, m) -> d.getProperties().getCoreProperties().setCreator(m));
        docx(all, "docx-app-properties", (d, m) -> d.getProperties().getExtendedProperties().getUnderlyingProperties()
                .setCompany("经办人 " + m));
        docx(all, "docx-custom-properties", (d, m) -> d.getProperties().getCustomProperties().addProperty("证件号码", m));
        docx(all, "docx-tracked-deletion", (d, m) -> {
            XWPFParagraph p = d.createParagraph();
            p.createRun().setText("身份证号：");
            CTRunTrackChange del = p.getCTP().addNewDel();
            del.setId(BigInteger.valueOf(7));
            del.setAuthor("审核人");
            del.setDate(Calendar.getInstance());
            del.addNewR().addNewDelText().setStringValue(m);
        });
        docx(all, "docx-tracked-insertion", (d, m) -> {
            XWPFParagraph p = d.createParagraph();
            CTRunTrackChange ins = p.getCTP().addNewIns();
            ins.setId(BigInteger.valueOf(8));
            ins.setAuthor("编辑");
            ins.setDate(Calendar.getInstance());
            ins.addNewR().addNewT().setStringValue("身份证号：" + m);
        });
        docx(all, "docx-hidden-text", (d, m) -> {
            XWPFRun r = d.createParagraph().createRun();
            r.setText("证件 " + m);
            r.setVanish(true);
        });
        docx(all, "docx-comment", (d, m) -> {
            XWPFComment c = d.createComments().createComment(BigInteger.ONE);
            c.setAuthor("审核人");
            c.createParagraph().createRun().setText("此人身份证 " + m);
        });
        docx(all, "docx-footnote", (d, m) -> d.createFootnote().createParagraph().createRun().setText("注：" + m));
        docx(all, "docx-endnote", (d, m) -> d.createEndnote().createParagraph().createRun().setText("尾注：" + m));
        docx(all, "docx-header", (d, m) -> d.createHeaderFooterPolicy().createHeader(XWPFHeaderFooterPolicy.DEFAULT)
                .createParagraph().createRun().setText("经办人 " + m));
        docx(all, "docx-table", (d, m) -> d.createTable(1, 2).getRow(0).getCell(1).setText(m));
        String box = marker();
        all.add(new Hostile("docx-text-box", "文本框.docx", replaceInPart(docxWith(d ->
                d.createParagraph().createRun().setText("TEXTBOXPLACEHOLDER")), "word/document.xml",
                "<w:t[^>]*>TEXTBOXPLACEHOLDER</w:t>", "<w:pict><v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\""
                        + " style=\"width:200pt;height:40pt\"><v:textbox><w:txbxContent><w:p><w:r><w:t>身份证 " + box
                        + "</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict>"), box));
        String docVar = marker();
        all.add(new Hostile("docx-document-variable", "文档变量.docx", replaceInPart(docxWith(d -> d.createParagraph()
                        .createRun().setText("正文")), "word/settings.xml", "<w:settings([^>]*?)/>",
                "<w:settings xmlns:w=\"" + W + "\"><w:docVars><w:docVar w:name=\"idno\" w:val=\"" + docVar
                        + "\"/></w:docVars></w:settings>"), docVar));

        xlsx(all, "xlsx-sheet-name", (wb, m) -> wb.createSheet(m).createRow(0).createCell(0).setCellValue("名单"));
        xlsx(all, "xlsx-hidden-sheet", (wb, m) -> {
            wb.createSheet("说明").createRow(0).createCell(0).setCellValue("见附表");
            wb.createSheet("备用").createRow(3).createCell(2).setCellValue(m);
            wb.setSheetHidden(1, true);
        });
        xlsx(all, "xlsx-hidden-row-and-column", (wb, m) -> {
            XSSFSheet s = wb.createSheet("名单");
            XSSFRow row = s.createRow(2);
            row.createCell(5).setCellValue(m);
            row.setZeroHeight(true);
            s.setColumnHidden(5, true);
        });
        xlsx(all, "xlsx-unused-shared-string", (wb, m) -> {
            XSSFCell cell = wb.createSheet("名单").createRow(0).createCell(0);
            cell.setCellValue(m);
            cell.setCellValue("已删除"); // the first string stays in sharedStrings.xml, used by no cell
            wb.getSharedStringSource().addSharedStringItem(new XSSFRichTextString("备注 " + m));
        });
        xlsx(all, "xlsx-formula-literal", (wb, m) -> wb.createSheet("名单").createRow(0).createCell(0)
                .setCellFormula("CONCATENATE(\"" + m + "\",\"\")"));
        xlsx(all, "xlsx-defined-name", (wb, m) -> {
            wb.createSheet("名单").createRow(0).createCell(0).setCellValue("名单");
            Name n = wb.createName();
            n.setNameName("idno");
            n.setRefersToFormula("\"" + m + "\"");
        });
        xlsx(all, "xlsx-comment", (wb, m) -> {
            XSSFSheet s = wb.createSheet("名单");
            XSSFCell cell = s.createRow(0).createCell(0);
            cell.setCellValue("王某");
            XSSFDrawing drawing = s.createDrawingPatriarch();
            ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
            anchor.setCol1(1);
            anchor.setCol2(3);
            anchor.setRow1(0);
            anchor.setRow2(3);
            XSSFComment comment = drawing.createCellComment(anchor);
            comment.setString(new XSSFRichTextString("身份证 " + m));
            cell.setCellComment(comment);
        });
        xlsx(all, "xlsx-properties", (wb, m) -> {
            wb.createSheet("名单").createRow(0).createCell(0).setCellValue("名单");
            wb.getProperties().getCoreProperties().setDescription("经办人 " + m);
            wb.getProperties().getCustomProperties().addProperty("证件", m);
        });

        pdf(all, "pdf-info", (pdf, m) -> {
            pdf.getDocumentInformation().setAuthor(m);
            pdf.getDocumentInformation().setCustomMetadataValue("IDNO", m);
        });
        pdf(all, "pdf-xmp", (pdf, m) -> {
            String xmp = "<?xpacket begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?><x:xmpmeta xmlns:x=\"adobe:ns:meta/\">"
                    + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description rdf:about=\"\""
                    + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:creator><rdf:Seq><rdf:li>" + m
                    + "</rdf:li></rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>";
            try {
                pdf.getDocumentCatalog().setMetadata(new PDMetadata(pdf,
                        new ByteArrayInputStream(xmp.getBytes(StandardCharsets.UTF_8))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        pdf(all, "pdf-annotation", (pdf, m) -> {
            PDAnnotationText note = new PDAnnotationText();
            note.setContents("身份证 " + m);
            note.setRectangle(new PDRectangle(100, 100, 20, 20));
            addAnnotation(pdf, note);
        });
        pdf(all, "pdf-form-field", (pdf, m) -> {
            PDAcroForm form = new PDAcroForm(pdf);
            pdf.getDocumentCatalog().setAcroForm(form);
            PDTextField field = new PDTextField(form);
            field.setPartialName("idno");
            field.getCOSObject().setString(COSName.V, m);
            PDAnnotationWidget widget = field.getWidgets().get(0);
            widget.setRectangle(new PDRectangle(100, 500, 200, 20));
            widget.setPage(pdf.getPage(0));
            addAnnotation(pdf, widget);
            form.getFields().add(field);
        });
        pdf(all, "pdf-embedded-file", (pdf, m) -> {
            try {
                PDEmbeddedFile ef = new PDEmbeddedFile(pdf, new ByteArrayInputStream("see attached".getBytes()));
                PDComplexFileSpecification spec = new PDComplexFileSpecification();
                spec.setFile(m + ".txt");
                spec.setFileUnicode(m + ".txt");
                spec.setEmbeddedFile(ef);
                PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
                tree.setNames(Map.of(m + ".txt", spec));
                PDDocumentNameDictionary names = new PDDocumentNameDictionary(pdf.getDocumentCatalog());
                names.setEmbeddedFiles(tree);
                pdf.getDocumentCatalog().setNames(names);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        String inName = marker();
        all.add(new Hostile("file-name", "名单" + inName + ".pdf", pdfWith(pdf -> { }), inName));
        return all;
    }

    /** A DOCX whose body holds the marker, padded (a long compressible XML comment) to trip POI's zip-bomb guard. */
    public static Hostile paddedDocx() {
        String m = marker();
        byte[] docx = docxWith(d -> d.createParagraph().createRun().setText("身份证号：" + m));
        return new Hostile("docx-zip-bomb-guard", "填充.docx", replaceInPart(docx, "word/document.xml", "<w:body>",
                "<w:body><!--" + " ".repeat(6_000_000) + "-->"), m);
    }

    private static void docx(List<Hostile> all, String place, java.util.function.BiConsumer<XWPFDocument, String> hide) {
        String m = marker();
        all.add(new Hostile(place, place + ".docx", docxWith(d -> {
            d.createParagraph().createRun().setText("关于奖学金评审的说明");
            hide.accept(d, m);
        }), m));
    }

    private static void xlsx(List<Hostile> all, String place, java.util.function.BiConsumer<XSSFWorkbook, String> hide) {
        String m = marker();
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            hide.accept(wb, m);
            wb.write(out);
            all.add(new Hostile(place, place + ".xlsx", out.toByteArray(), m));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pdf(List<Hostile> all, String place, java.util.function.BiConsumer<PDDocument, String> hide) {
        String m = marker();
        all.add(new Hostile(place, place + ".pdf", pdfWith(pdf -> hide.accept(pdf, m)), m));
    }

    public static byte[] docxWith(Consumer<XWPFDocument> build) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            build.accept(doc);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] pdfWith(Consumer<PDDocument> build) {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText("Scholarship review notes");
                cs.endText();
            }
            build.accept(pdf);
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void addAnnotation(PDDocument pdf, org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation a) {
        try {
            pdf.getPage(0).getAnnotations().add(a);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The package with the first match of the pattern {@code from} replaced by {@code to} in one part (every other part copied as it is). */
    public static byte[] replaceInPart(byte[] zip, String part, String from, String to) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                parts.put(e.getName(), in.readAllBytes());
            }
            String xml = new String(parts.get(part), StandardCharsets.UTF_8);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(from).matcher(xml);
            if (!m.find()) {
                throw new IllegalStateException(part + " has no " + from + ": " + xml);
            }
            parts.put(part, m.replaceFirst(java.util.regex.Matcher.quoteReplacement(to)).getBytes(StandardCharsets.UTF_8));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream z = new ZipOutputStream(out)) {
                for (var p : parts.entrySet()) {
                    z.putNextEntry(new ZipEntry(p.getKey()));
                    z.write(p.getValue());
                    z.closeEntry();
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a part to a package (an embedded object, say). */
    public static byte[] withPart(byte[] zip, String part, byte[] content) {
        String ext = part.substring(part.lastIndexOf('.') + 1);
        byte[] withPlaceholder = replaceInPart(zip, "[Content_Types].xml", "</Types>", "<Default Extension=\"" + ext
                + "\" ContentType=\"application/vnd.openxmlformats-officedocument.oleObject\"/></Types>");
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(withPlaceholder));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            try (ZipOutputStream z = new ZipOutputStream(out)) {
                ZipEntry e;
                while ((e = in.getNextEntry()) != null) {
                    z.putNextEntry(new ZipEntry(e.getName()));
                    z.write(in.readAllBytes());
                    z.closeEntry();
                }
                z.putNextEntry(new ZipEntry(part));
                z.write(content);
                z.closeEntry();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every trace of text in a file: its bytes, each zip part inflated, each PDF string and decoded stream. */
    public static String everything(byte[] bytes) {
        StringBuilder all = new StringBuilder(new String(bytes, StandardCharsets.ISO_8859_1));
        all.append('\n').append(new String(bytes, StandardCharsets.UTF_8));
        try {
            if (bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K') {
                try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
                    while (zip.getNextEntry() != null) {
                        all.append('\n').append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            } else if (bytes.length > 4 && bytes[0] == '%' && bytes[1] == 'P') {
                try (PDDocument pdf = Loader.loadPDF(bytes)) {
                    all.append('\n').append(new PDFTextStripper().getText(pdf));
                    for (COSObject o : pdf.getDocument().getXrefTable().keySet().stream()
                            .map(k -> pdf.getDocument().getObjectFromPool(k)).toList()) {
                        COSBase b = o.getObject();
                        if (b instanceof COSStream s) {
                            try (var in = s.createInputStream()) {
                                all.append('\n').append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                            } catch (IOException ignored) {
                                // a stream PDFBox cannot decode is in the raw bytes above
                            }
                        }
                        all.append('\n').append(strings(b, 0));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all.toString();
    }

    private static String strings(COSBase b, int depth) {
        if (depth > 8 || b == null) {
            return "";
        }
        if (b instanceof COSString s) {
            return s.getString();
        }
        StringBuilder out = new StringBuilder();
        if (b instanceof org.apache.pdfbox.cos.COSDictionary d) {
            for (var e : d.entrySet()) {
                out.append(e.getKey().getName()).append(' ');
                if (!(e.getValue() instanceof COSObject)) {
                    out.append(strings(e.getValue(), depth + 1)).append(' ');
                }
            }
        } else if (b instanceof org.apache.pdfbox.cos.COSArray a) {
            for (COSBase x : a) {
                if (!(x instanceof COSObject)) {
                    out.append(strings(x, depth + 1)).append(' ');
                }
            }
        }
        return out.toString();
    }
}
