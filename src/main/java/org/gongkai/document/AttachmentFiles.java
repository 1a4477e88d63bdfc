package org.gongkai.document;

import org.gongkai.platform.DurableFiles;
import org.gongkai.platform.FileStore;
import org.gongkai.platform.SharedDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.gongkai.platform.GongkaiProperties;
import org.gongkai.platform.web.InvalidInputException;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Attachment bytes in the {@link FileStore} every node reaches (area {@code attachments} of the shared directory,
 * ADR 0034), addressed by their SHA-256. An upload is written to a temporary file in this node's data directory
 * first; it is kept only when its size and sniffed type are acceptable, so a refused upload leaves nothing.
 */
@Component
class AttachmentFiles {

    record Stored(String sha256, long size, AttachmentKind kind) {
    }

    private final FileStore store;
    private final Path tmpDir;
    private final long maxBytes;
    private final FileTypeSniffer sniffer;

    @Autowired
    AttachmentFiles(GongkaiProperties props, SharedDirectory shared, FileTypeSniffer sniffer) {
        this.store = shared.files("attachments");
        // beside the store when it is the data directory (one rename), else copied in once checked
        this.tmpDir = props.dataDir().toAbsolutePath().resolve("attachments").resolve("tmp");
        this.maxBytes = props.upload().maxSize().toBytes();
        this.sniffer = sniffer;
    }

    AttachmentFiles(GongkaiProperties props, FileTypeSniffer sniffer) {
        this(props, new SharedDirectory(props, ""), sniffer);
    }

    long maxBytes() {
        return maxBytes;
    }

    Stored store(InputStream in) {
        Path tmp = null;
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long[] counted = new long[1];
            tmp = DurableFiles.writeTemporary(tmpDir, out -> counted[0] = copyLimited(in, out, sha));
            long size = counted[0];
            if (size == 0) {
                throw InvalidInputException.of("file", "attachment.empty");
            }
            AttachmentKind kind = sniffer.sniff(tmp).orElseThrow(() -> InvalidInputException.of("file", "attachment.typeNotAllowed"));
            String hex = HexFormat.of().formatHex(sha.digest());
            String key = key(hex);
            if (store.size(key).orElse(-1) == size) {
                Files.delete(tmp);
            } else {
                // forced and renamed (or copied), its directory forced: in the store before the row naming it commits
                store.putFile(key, tmp);
            }
            tmp = null;
            return new Stored(hex, size, kind);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            deleteQuietly(tmp);
        }
    }

    /** A local file with the attachment's bytes (text extraction, redaction, the download). */
    Path path(String sha256) {
        return store.localFile(key(sha256));
    }

    private static String key(String sha256) {
        return sha256.substring(0, 2) + "/" + sha256;
    }

    private long copyLimited(InputStream in, OutputStream file, MessageDigest sha) throws IOException {
        long size = 0;
        byte[] buf = new byte[64 * 1024];
        OutputStream out = new DigestOutputStream(file, sha);
        int n;
        while ((n = in.read(buf)) > 0) {
            size += n;
            if (size > maxBytes) {
                throw new InvalidInputException(java.util.Map.of("file", "attachment.tooLarge"));
            }
            out.write(buf, 0, n);
        }
        out.flush();
        return size;
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a leftover temporary file is harmless and cleaned at the next start
            }
        }
    }

    /** A file name safe to store and to send back: no path, no control characters, the extension of the real type. */
    static String cleanName(String original, AttachmentKind kind) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"<>|:*?]", "").strip();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        if (base.isBlank()) {
            base = "附件";
        }
        if (base.length() > 200) {
            base = base.substring(0, 200);
        }
        return base + "." + kind.extension();
    }

    /** The response for a stored file: its sniffed type, its Chinese name kept (RFC 6266 filename*), no sniffing. */
    ResponseEntity<Resource> response(AttachmentInfo a, String cacheControl) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(a.mediaType()))
                .contentLength(a.sizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(a.fileName(), StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .header(HttpHeaders.ETAG, "\"" + a.sha256() + "\"")
                .body(new FileSystemResource(path(a.sha256())));
    }
}
