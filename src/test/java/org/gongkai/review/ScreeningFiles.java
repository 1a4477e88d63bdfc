package org.gongkai.review;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Builds the Office and PDF files of the screening tests, and reads every trace of text back out of them. */
final class ScreeningFiles {

    private ScreeningFiles() {
    }

    static byte[] xlsx(String id, String mobile, String card) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.createSheet("名单");
            XSSFRow head = sheet.createRow(0);
            String[] heads = {"姓名", "身份证号", "手机号码", "银行卡号"};
            for (int i = 0; i < heads.length; i++) {
                head.createCell(i).setCellValue(heads[i]);
            }
            XSSFRow row = sheet.createRow(1);
            row.createCell(0).setCellValue("王小明");
            row.createCell(1).setCellValue(id);
            row.createCell(2).setCellValue(Double.parseDouble(mobile)); // a mobile typed as a number
            row.createCell(3).setCellValue(card);
            XSSFRow second = sheet.createRow(2);
            second.createCell(0).setCellValue("备注");
            second.createCell(1).setCellValue("证件 " + id + " 已核验"); // the same value in another shared string
            wb.write(out);
            return out.toByteArray();
        }
    }

    static byte[] docx(String id, String mobile, String card) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("联系人手机：" + mobile);
            XWPFParagraph split = doc.createParagraph();
            split.createRun().setText("身份证号：" + id.substring(0, 8));
            split.createRun().setText(id.substring(8)); // the value split over two runs
            XWPFTable table = doc.createTable(1, 2);
            table.getRow(0).getCell(0).setText("王小明");
            table.getRow(0).getCell(1).setText(id);
            XWPFHeaderFooterPolicy policy = doc.createHeaderFooterPolicy();
            policy.createHeader(XWPFHeaderFooterPolicy.DEFAULT).createParagraph().createRun().setText("银行卡号：" + card);
            doc.getProperties().getCoreProperties().setDescription("联系电话 " + mobile);
            doc.write(out);
            return out.toByteArray();
        }
    }

    static byte[] pdf(String text) throws IOException {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText(text);
                cs.endText();
            }
            pdf.save(out);
            return out.toByteArray();
        }
    }

    /** All the text a file yields: extracted text (POI/PDFBox), plus the raw bytes and every zip part as text. */
    static String everything(byte[] bytes) throws IOException {
        StringBuilder all = new StringBuilder(new String(bytes, StandardCharsets.ISO_8859_1));
        all.append('\n').append(new String(bytes, StandardCharsets.UTF_8));
        if (bytes.length > 4 && bytes[0] == '%' && bytes[1] == 'P') {
            try (PDDocument pdf = Loader.loadPDF(bytes)) {
                all.append('\n').append(new PDFTextStripper().getText(pdf));
            }
            return all.toString();
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            boolean word = false;
            while ((e = zip.getNextEntry()) != null) {
                word |= e.getName().startsWith("word/");
                all.append('\n').append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
            if (word) {
                try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes));
                     XWPFWordExtractor ex = new XWPFWordExtractor(doc)) {
                    all.append('\n').append(ex.getText());
                }
            } else {
                try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
                    DataFormatter f = new DataFormatter();
                    for (Sheet s : wb) {
                        for (Row r : s) {
                            for (Cell c : r) {
                                all.append('\t').append(f.formatCellValue(c));
                            }
                        }
                    }
                }
            }
        }
        return all.toString();
    }
}
