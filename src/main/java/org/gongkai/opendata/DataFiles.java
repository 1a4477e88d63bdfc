package org.gongkai.opendata;

import org.gongkai.platform.DurableFiles;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The bytes of the versions on disk, under the data directory, addressed by their SHA-256: a version's file never
 * changes, and two versions with the same bytes share one file. Written durably before the row naming it commits.
 */
@Component
class DataFiles {

    private final Path root;

    DataFiles(org.gongkai.platform.SharedDirectory shared) {
        this.root = shared.root().resolve("opendata");
    }

    String store(byte[] bytes) {
        String sha = sha256(bytes);
        Path target = path(sha);
        try {
            if (!(Files.exists(target) && Files.size(target) == bytes.length)) {
                DurableFiles.write(target, bytes, DurableFiles.OWNER_ONLY);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sha;
    }

    byte[] read(String sha256) {
        try {
            return Files.readAllBytes(path(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A download: the format's media type, the stored name (RFC 6266 filename*), never sniffed or framed. */
    ResponseEntity<Resource> response(ResourceVersion v, ResourceFormat format, String cacheControl) {
        MediaType type = format == ResourceFormat.CSV
                ? new MediaType("text", "csv", StandardCharsets.UTF_8) : MediaType.parseMediaType(format.mediaType());
        return ResponseEntity.ok().contentType(type).contentLength(v.sizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(v.fileName(), StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .header(HttpHeaders.ETAG, "\"" + v.sha256() + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .body(new FileSystemResource(path(v.sha256())));
    }

    private Path path(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a sha-256");
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A file name safe to store and to send back: no path or control characters, the extension of the real format. */
    static String cleanName(String original, ResourceFormat format) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"<>|:*?]", "").strip();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        if (base.isBlank()) {
            base = "data";
        }
        if (base.length() > 150) {
            base = base.substring(0, 150);
        }
        return base + "." + format.extension();
    }
}
