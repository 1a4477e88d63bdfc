package org.gongkai.document;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.nio.file.Path;

/** The text of a PDF, page by page (PDFBox). */
final class PdfText {

    private PdfText() {
    }

    static TextWithSpans extract(Path file) throws IOException {
        TextWithSpans out = new TextWithSpans();
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                for (String line : stripper.getText(pdf).split("\\R")) {
                    out.add(line.strip(), "page:" + page);
                    out.newLine();
                }
            }
        }
        return out;
    }
}
