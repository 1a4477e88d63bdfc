package org.gongkai.application;

import org.gongkai.platform.FileStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Attachments of applications (ID copies and the like): PDF, JPEG or PNG only, judged by their bytes, size-limited,
 * kept in the {@link FileStore} area {@code application-files} of the shared directory (owner-only permissions where
 * the file system has them) under random names. No public route serves them: only the office's detail page links to them.
 */
@Component
class ApplicantFiles {

    static final int MAX_FILES = 3;

    /** A checked upload, held in memory until the application is stored. */
    record Upload(String originalName, String mediaType, byte[] bytes) {
    }

    private final FileStore files;
    private final long maxBytes;
    private final ApplicationStore store;

    ApplicantFiles(org.gongkai.platform.SharedDirectory shared, ApplicationStore store,
                   @Value("${gongkai.application.max-file-size:5MB}") DataSize maxSize) {
        this.files = shared.files("application-files");
        this.maxBytes = maxSize.toBytes();
        this.store = store;
    }

    long maxBytes() {
        return maxBytes;
    }

    /** Checks the uploads; puts a message key under "files" into errors when one is refused. */
    List<Upload> check(MultipartFile[] files, Map<String, String> errors) {
        List<Upload> out = new ArrayList<>();
        if (files == null) {
            return out;
        }
        for (MultipartFile f : files) {
            if (f == null || f.isEmpty()) {
                continue;
            }
            if (out.size() == MAX_FILES) {
                errors.putIfAbsent("files", "app.error.tooManyFiles");
                return List.of();
            }
            if (f.getSize() > maxBytes) {
                errors.putIfAbsent("files", "app.error.fileTooLarge");
                return List.of();
            }
            byte[] bytes;
            try (InputStream in = f.getInputStream()) {
                bytes = in.readNBytes((int) maxBytes + 1);
            } catch (IOException e) {
                errors.putIfAbsent("files", "app.error.fileUnreadable");
                return List.of();
            }
            if (bytes.length > maxBytes) {
                errors.putIfAbsent("files", "app.error.fileTooLarge");
                return List.of();
            }
            String type = sniff(bytes);
            if (type == null) {
                errors.putIfAbsent("files", "app.error.fileType");
                return List.of();
            }
            out.add(new Upload(cleanName(f.getOriginalFilename()), type, bytes));
        }
        return out;
    }

    void store(long applicationId, List<Upload> uploads) {
        for (Upload u : uploads) {
            String name = UUID.randomUUID() + ".bin";
            files.putForRow(name, u.bytes());
            store.addFile(applicationId, name, u.originalName(), u.mediaType(), u.bytes().length, sha256(u.bytes()));
        }
    }

    Path path(StoredFile file) {
        return files.localFile(file.storedName());
    }

    static String sniff(byte[] b) {
        if (starts(b, new byte[]{'%', 'P', 'D', 'F', '-'})) {
            return "application/pdf";
        }
        if (starts(b, new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return "image/png";
        }
        if (starts(b, new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return "image/jpeg";
        }
        return null;
    }

    private static boolean starts(byte[] b, byte[] magic) {
        return b.length >= magic.length && Arrays.equals(Arrays.copyOf(b, magic.length), magic);
    }

    static String cleanName(String name) {
        if (name == null || name.isBlank()) {
            return "file";
        }
        String n = name.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "");
        return n.isBlank() ? "file" : n.length() > 255 ? n.substring(0, 255) : n;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
