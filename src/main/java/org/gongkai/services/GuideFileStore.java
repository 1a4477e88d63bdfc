package org.gongkai.services;

import org.gongkai.platform.FileStore;
import org.gongkai.platform.SharedDirectory;
import org.gongkai.platform.web.InvalidInputException;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.io.InputStream;

/**
 * The templates and samples of guides' materials in the {@link FileStore} (area {@code services}, ADR 0034), keyed
 * by their SHA-256 so a key's bytes never change and editions can share a file. Only PDF, Word, Excel, JPEG and PNG
 * files are taken (recognised by their first bytes, not their name), up to {@link #MAX_BYTES}.
 */
@Component
class GuideFileStore {

    static final int MAX_BYTES = 10 * 1024 * 1024;

    /** Kinds by their first bytes: [magic, media type, extension]. OOXML files are zip files. */
    private static final Object[][] KINDS = {
            {new byte[]{'%', 'P', 'D', 'F', '-'}, "application/pdf", "pdf"},
            {new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}, "application/msword", "doc"},
            {new byte[]{'P', 'K', 3, 4}, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"},
            {new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "image/jpeg", "jpg"},
            {new byte[]{(byte) 0x89, 'P', 'N', 'G'}, "image/png", "png"},
    };

    private final FileStore files;

    GuideFileStore(SharedDirectory shared) {
        this.files = shared.files("services");
    }

    /** Stores an upload; [key, file name, media type], or nulls when nothing was sent. */
    String[] store(MultipartFile upload, String field) {
        if (upload == null || upload.isEmpty()) {
            return new String[3];
        }
        try {
            if (upload.getSize() > MAX_BYTES) {
                throw new InvalidInputException(Map.of(field, "svc.guide.error.fileTooLarge"));
            }
            byte[] bytes = upload.getBytes();
            String type = null;
            String ext = null;
            for (Object[] k : KINDS) {
                byte[] magic = (byte[]) k[0];
                if (bytes.length >= magic.length && Arrays.equals(Arrays.copyOf(bytes, magic.length), magic)) {
                    type = (String) k[1];
                    ext = (String) k[2];
                    break;
                }
            }
            if (type == null) {
                throw new InvalidInputException(Map.of(field, "svc.guide.error.fileType"));
            }
            String original = upload.getOriginalFilename() == null ? "" : upload.getOriginalFilename();
            if ("docx".equals(ext) && original.toLowerCase().endsWith(".xlsx")) {
                type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
                ext = "xlsx";
            }
            String base = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
            int dot = base.lastIndexOf('.');
            base = (dot > 0 ? base.substring(0, dot) : base).replaceAll("[\\p{Cntrl}\"<>|:*?]", "").strip();
            if (base.isBlank()) {
                base = "材料";
            }
            base = base.length() > 150 ? base.substring(0, 150) : base;
            String hex = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            String key = "guides/" + hex.substring(0, 2) + "/" + hex;
            if (!files.exists(key)) {
                files.put(key, out -> out.write(bytes));
            }
            return new String[]{key, base + "." + ext, type};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Optional<InputStream> open(String key) {
        return files.get(key);
    }
}
