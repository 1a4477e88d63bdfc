package org.gongkai.integrity.web;

import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/** A page submitted by paste or upload: .html, .htm or .txt, size-limited; any charset (GBK accepted). */
public record SubmittedPage(byte[] bytes, String fileName, String source) {

    /** The page as the result page carries it for the report download (base64 of the bytes checked). */
    public String base64() {
        return java.util.Base64.getEncoder().encodeToString(bytes);
    }

    /** A page carried back from the result page; null (with an error) when it is not valid base64 or too large. */
    static SubmittedPage fromSaved(String base64, String fileName, String source, int maxBytes,
                                   Map<String, String> errors) {
        byte[] bytes;
        try {
            bytes = java.util.Base64.getDecoder().decode(base64 == null ? "" : base64.strip());
        } catch (IllegalArgumentException e) {
            errors.put("text", "integrity.error.empty");
            return null;
        }
        if (bytes.length == 0 || bytes.length > maxBytes) {
            errors.put("text", bytes.length == 0 ? "integrity.error.empty" : "integrity.error.tooLarge");
            return null;
        }
        String name = fileName == null || fileName.isBlank() ? null : fileName;
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (name != null && !(lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".txt"))) {
            errors.put("file", "integrity.error.fileType");
            return null;
        }
        return new SubmittedPage(bytes, name, "UPLOAD".equals(source) ? "UPLOAD" : "PASTE");
    }

    static SubmittedPage from(String text, MultipartFile file, int maxBytes, Map<String, String> errors) {
        if (file != null && !file.isEmpty()) {
            String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
            String lower = name.toLowerCase(Locale.ROOT);
            if (!(lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".txt"))) {
                errors.put("file", "integrity.error.fileType");
                return null;
            }
            if (file.getSize() > maxBytes) {
                errors.put("file", "integrity.error.tooLarge");
                return null;
            }
            try {
                return new SubmittedPage(file.getBytes(), name, "UPLOAD");
            } catch (IOException e) {
                errors.put("file", "error.badUpload");
                return null;
            }
        }
        if (text == null || text.isBlank()) {
            errors.put("text", "integrity.error.empty");
            return null;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > maxBytes) {
            errors.put("text", "integrity.error.tooLarge");
            return null;
        }
        return new SubmittedPage(bytes, null, "PASTE");
    }
}
