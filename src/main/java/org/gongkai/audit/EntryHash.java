package org.gongkai.audit;

import java.nio.charset.StandardCharsets;
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
 */
final class EntryHash {

    /** The prev_hash of the first entry. */
    static final String GENESIS = "0".repeat(64);

    private static final String VERSION = "gongkai-audit-1;";
    private static final DateTimeFormatter MICROS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private EntryHash() {
    }

    /** The fields the hash covers; before and after are canonical JSON text (or null). */
    record Content(String prevHash, Instant occurredAt, Long actorId, String actorName, Long organisationId,
                   String action, String targetType, String targetId, String ipAddress, String before, String after) {
    }

    static String of(Content c) {
        if (c.occurredAt().truncatedTo(ChronoUnit.MICROS).compareTo(c.occurredAt()) != 0) {
            throw new IllegalArgumentException("occurred_at must be truncated to microseconds, as the database keeps it");
        }
        StringBuilder sb = new StringBuilder(VERSION);
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
        return sha256(sb.toString());
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
