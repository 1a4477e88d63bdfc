package org.gongkai.integrity.web;

import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/** A page submitted by paste or upload: .html, .htm or .txt, size-limited; any charset (GBK accepted). */
record SubmittedPage(byte[] bytes, String fileName, String source) {

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
