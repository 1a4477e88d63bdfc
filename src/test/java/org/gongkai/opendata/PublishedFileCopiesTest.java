package org.gongkai.opendata;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an open-data resource's public file holds is its data, not what hides in the file: the workbook's author,
 * company and comments, the PDF's author and metadata are taken out of the bytes that are stored and served, while
 * the table read from them stays the same.
 */
class PublishedFileCopiesTest {

    private static final String SECRET = "Zhang San internal";

    @Test
    void aWorkbookIsStoredWithoutItsPropertiesAndReadsTheSame() throws IOException {
        byte[] uploaded = workbook();
        assertThat(new String(uploaded, StandardCharsets.ISO_8859_1)).contains("docProps/core.xml");
        UploadChecks.Accepted accepted = UploadChecks.check(uploaded, null);
        try (XSSFWorkbook stored = new XSSFWorkbook(new ByteArrayInputStream(accepted.bytes()))) {
            assertThat(stored.getProperties().getCoreProperties().getCreator()).isNullOrEmpty();
            assertThat(stored.getProperties().getExtendedProperties().getCompany()).isNullOrEmpty();
        }
        assertThat(XlsxReader.read(accepted.bytes())).usingRecursiveComparison().isEqualTo(XlsxReader.read(uploaded));
    }

    @Test
    void aPdfIsStoredWithoutItsInformationAndMetadata() throws IOException {
        UploadChecks.Accepted accepted = UploadChecks.check(pdf(), null);
        try (PDDocument stored = Loader.loadPDF(accepted.bytes())) {
            assertThat(stored.getDocumentInformation().getAuthor()).isNull();
            assertThat(stored.getDocumentCatalog().getMetadata()).isNull();
        }
        assertThat(new String(accepted.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain(SECRET);
    }

    private static byte[] workbook() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet s = wb.createSheet("学校");
            s.createRow(0).createCell(0).setCellValue("学校名称");
            s.getRow(0).createCell(1).setCellValue("在校生数");
            s.createRow(1).createCell(0).setCellValue("一中");
            s.getRow(1).createCell(1).setCellValue(1200);
            wb.getProperties().getCoreProperties().setCreator(SECRET);
            wb.getProperties().getExtendedProperties().getUnderlyingProperties().setCompany(SECRET);
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] pdf() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 700);
                text.showText("School places 2026: 1200");
                text.endText();
            }
            doc.getDocumentInformation().setAuthor(SECRET);
            doc.save(out);
            return out.toByteArray();
        }
    }
}
