package org.gongkai.search;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.document.AttachmentKind;

import java.io.IOException;
import java.io.InputStream;

/** The text of an attachment: PDF (PDFBox), DOCX (XWPF), XLSX (every cell, XSSF). Other kinds have none. */
final class AttachmentText {

    static final int MAX_CHARS = 1_000_000;

    private AttachmentText() {
    }

    static boolean hasText(AttachmentKind kind) {
        return kind == AttachmentKind.PDF || kind == AttachmentKind.DOCX || kind == AttachmentKind.XLSX;
    }

    static String extract(AttachmentKind kind, InputStream in) throws IOException {
        String text = switch (kind) {
            case PDF -> pdf(in);
            case DOCX -> docx(in);
            case XLSX -> xlsx(in);
            default -> "";
        };
        return text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    }

    private static String pdf(InputStream in) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(in.readAllBytes())) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    private static String docx(InputStream in) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(in); XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }

    private static String xlsx(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder();
        DataFormatter formatter = new DataFormatter();
        formatter.setUseCachedValuesForFormulaCells(true);
        try (XSSFWorkbook book = new XSSFWorkbook(in)) {
            for (Sheet sheet : book) {
                sb.append(sheet.getSheetName()).append('\n');
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String v = formatter.formatCellValue(cell);
                        if (!v.isBlank()) {
                            sb.append(v).append('\t');
                        }
                    }
                    sb.append('\n');
                    if (sb.length() > MAX_CHARS) {
                        return sb.toString();
                    }
                }
            }
        }
        return sb.toString();
    }
}
