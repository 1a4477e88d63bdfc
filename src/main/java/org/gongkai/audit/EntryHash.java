package org.gongkai.audit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash of an entry: hex SHA-256 over a length-prefixed encoding of the previous hash and the entry's fields
 * (everything but the id). Each field is written as {@code <byte length>:<UTF-8 bytes>;} or {@code ~;} for null,
 * so no choice of field values can make two different entries encode alike.
 * <p>Format 1 ({@link #of}) is that plain SHA-256, which anyone with the database can recompute after an edit;
 * format 2 ({@link #keyed}) is HMAC-SHA-256 of the same encoding under the audit key in the data directory.
 */
final class EntryHash {

    /** The prev_hash of the first entry. */
    static final String GENESIS = "0".repeat(64);

    /** hash_format of entries hashed with plain SHA-256 (before the chain was keyed). */
    static final int PLAIN = 1;
    /** hash_format of entries hashed with HMAC-SHA-256 under the audit key. */
    static final int KEYED = 2;

    private static final String VERSION = "gongkai-audit-1;";
    private static final String KEYED_VERSION = "gongkai-audit-2;";
    private static final DateTimeFormatter MICROS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private EntryHash() {
    }

    /** The fields the hash covers; before and after are canonical JSON text (or null). */
    record Content(String prevHash, Instant occurredAt, Long actorId, String actorName, Long organisationId,
                   String action, String targetType, String targetId, String ipAddress, String before, String after) {
    }

    /** Format 1: plain SHA-256. */
    static String of(Content c) {
        return sha256(encode(VERSION, c));
    }

    /** Format 2: HMAC-SHA-256 under {@code key}. */
    static String keyed(Content c, byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(encode(KEYED_VERSION, c).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** The hash of this content in the given format. */
    static String of(Content c, int format, byte[] key) {
        return format == KEYED ? keyed(c, key) : of(c);
    }

    private static String encode(String version, Content c) {
        if (c.occurredAt().truncatedTo(ChronoUnit.MICROS).compareTo(c.occurredAt()) != 0) {
            throw new IllegalArgumentException("occurred_at must be truncated to microseconds, as the database keeps it");
        }
        StringBuilder sb = new StringBuilder(version);
        field(sb, c.prevHash());
        field(sb, MICROS.format(c.occurredAt()));
        field(sb, c.actorId() == null ? null : c.actorId().toString());
        field(sb, c.actorName());
        field(sb, c.organisationId() == null ? null : c.organisationId().toString());
        field(sb, c.action());
        field(sb, c.targetType());
        field(sb, c.targetId());
        field(sb, c.ipAddress());
        field(sb, c.before());
        field(sb, c.after());
        return sb.toString();
    }

    private static void field(StringBuilder sb, String value) {
        if (value == null) {
            sb.append("~;");
        } else {
            sb.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value).append(';');
        }
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
