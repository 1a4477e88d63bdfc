package org.gongkai.opendata;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongkai.document.SanitisedFiles;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What happens to an upload before it becomes a version: its format recognised from its bytes, a table read and
 * checked ({@link TableChecks}), everything screened ({@link CellScreening}), and the bytes to keep (a CSV in GBK is
 * kept converted to UTF-8). Any problem refuses the whole upload, with every problem found listed.
 */
final class UploadChecks {

    static final long MAX_BYTES = 10L * 1024 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** An accepted upload: the bytes to store, and for a table what was read from it. */
    record Accepted(ResourceFormat format, byte[] bytes, String sourceEncoding, TableChecks.Checked table,
                    List<Problem> warnings) {
    }

    private UploadChecks() {
    }

    /** Checks the upload; {@code expected} is the resource's format when this is a new version of it. */
    static Accepted check(byte[] bytes, ResourceFormat expected) {
        if (bytes.length == 0) {
            throw new UploadRefused(Problem.of("od.check.empty"));
        }
        if (bytes.length > MAX_BYTES) {
            throw new UploadRefused(Problem.of("od.check.tooLarge", MAX_BYTES / 1024 / 1024));
        }
        ResourceFormat format = sniff(bytes);
        if (expected != null && format != expected) {
            throw new UploadRefused(Problem.of("od.check.otherFormat", expected.name(), format.name()));
        }
        return switch (format) {
            case CSV -> csv(bytes);
            case XLSX -> xlsx(bytes);
            case JSON -> json(bytes);
            case PDF -> pdf(bytes);
        };
    }

    static ResourceFormat sniff(byte[] b) {
        if (b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
            return ResourceFormat.PDF;
        }
        if (b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4) {
            return ResourceFormat.XLSX;
        }
        for (byte x : b) {
            if (x == 0) {
                throw new UploadRefused(Problem.of("od.check.unknownFormat"));
            }
        }
        int i = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < b.length && (b[i] == ' ' || b[i] == '\n' || b[i] == '\r' || b[i] == '\t')) {
            i++;
        }
        return i < b.length && (b[i] == '{' || b[i] == '[') ? ResourceFormat.JSON : ResourceFormat.CSV;
    }

    private static Accepted csv(byte[] bytes) {
        TextDecoding.Decoded text = TextDecoding.decode(bytes);
        TableChecks.Checked checked = TableChecks.check(CsvReader.read(text.text()));
        refuseFindings(CellScreening.screen(checked.table()));
        List<Problem> warnings = new ArrayList<>(checked.warnings());
        if ("GBK".equals(text.encoding())) {
            warnings.add(0, Problem.of("od.check.converted"));
        }
        byte[] utf8 = ("\uFEFF" + text.text()).getBytes(StandardCharsets.UTF_8);
        return new Accepted(ResourceFormat.CSV, utf8, text.encoding(), checked, List.copyOf(warnings));
    }

    private static Accepted xlsx(byte[] bytes) {
        TableChecks.Checked checked = TableChecks.check(XlsxReader.read(bytes));
        refuseFindings(CellScreening.screen(checked.table()));
        byte[] published;
        try {
            // the public gets what the table says, not the workbook's author, comments or properties
            published = SanitisedFiles.xlsx(bytes);
        } catch (IOException | RuntimeException e) {
            throw new UploadRefused(Problem.of("od.check.xlsx"));
        }
        return new Accepted(ResourceFormat.XLSX, published, null, checked, checked.warnings());
    }

    private static Accepted json(byte[] bytes) {
        TextDecoding.Decoded text = TextDecoding.decode(bytes);
        if (!"UTF-8".equals(text.encoding())) {
            throw new UploadRefused(Problem.of("od.check.json.encoding"));
        }
        try {
            JSON.readTree(text.text());
        } catch (JacksonException e) {
            throw new UploadRefused(Problem.of("od.check.json.malformed",
                    e.getLocation() == null ? "?" : e.getLocation().getLineNr()));
        }
        refuseFindings(CellScreening.screen(text.text()));
        return new Accepted(ResourceFormat.JSON, bytes, null, null, List.of());
    }

    private static Accepted pdf(byte[] bytes) {
        String text;
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            if (doc.isEncrypted()) {
                throw new UploadRefused(Problem.of("od.check.pdf.encrypted"));
            }
            text = new PDFTextStripper().getText(doc);
        } catch (IOException | RuntimeException e) {
            if (e instanceof UploadRefused refused) {
                throw refused;
            }
            throw new UploadRefused(Problem.of("od.check.pdf.malformed"));
        }
        if (text.isBlank()) {
            // a scanned page cannot be screened: it is refused rather than published unscreened
            throw new UploadRefused(Problem.of("od.check.pdf.noText"));
        }
        refuseFindings(CellScreening.screen(text));
        byte[] published;
        try {
            // no information dictionary, metadata, notes, form fields or embedded files in what the public gets
            published = SanitisedFiles.pdf(bytes);
        } catch (IOException | RuntimeException e) {
            throw new UploadRefused(Problem.of("od.check.pdf.malformed"));
        }
        return new Accepted(ResourceFormat.PDF, published, null, null, List.of());
    }

    private static void refuseFindings(List<Problem> findings) {
        if (!findings.isEmpty()) {
            throw new UploadRefused(findings);
        }
    }
}
