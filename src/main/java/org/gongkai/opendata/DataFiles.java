package org.gongkai.opendata;

import org.gongkai.platform.FileStore;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The bytes of the versions in the {@link FileStore} area {@code opendata} of the shared directory, addressed by their
 * SHA-256: a version's file never
 * changes, and two versions with the same bytes share one file. Written durably before the row naming it commits.
 */
@Component
class DataFiles {

    private final FileStore files;

    DataFiles(org.gongkai.platform.SharedDirectory shared) {
        this.files = shared.files("opendata");
    }

    String store(byte[] bytes) {
        String sha = sha256(bytes);
        String key = key(sha);
        if (files.size(key).orElse(-1) != bytes.length) {
            files.put(key, out -> out.write(bytes));
        }
        return sha;
    }

    byte[] read(String sha256) {
        try (InputStream in = files.get(key(sha256)).orElseThrow(() -> new IllegalStateException("missing file " + sha256))) {
            return in.readAllBytes();
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
                .body(new FileSystemResource(files.localFile(key(v.sha256()))));
    }

    private static String key(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a sha-256");
        }
        return sha256.substring(0, 2) + "/" + sha256;
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
