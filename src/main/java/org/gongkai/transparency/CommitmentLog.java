package org.gongkai.transparency;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Appends commitments to the transparency log (ADR 0045): a public statement in plain text — for example the SHA-256
 * of an inspection plan's registers and the source of its future seed — whose SHA-256 becomes the content hash of a
 * COMMITMENT leaf. The subject (at most 40 characters, such as {@code svc-plan/12}) is written in the leaf's
 * 索引号 slot, so anyone holding the statement can find the leaf, recompute its hash and check its inclusion proof.
 * One commitment per subject: a second one is refused.
 */
@Service
public class CommitmentLog {

    /** A logged commitment: its leaf index and hash (hex), when the log appended it, and the statement's SHA-256. */
    public record Logged(long leafIndex, String leafHash, Instant loggedAt, String statementSha256) {
    }

    private final LeafStore leaves;
    private final JdbcClient jdbc;
    private final Clock clock;

    CommitmentLog(LeafStore leaves, JdbcClient jdbc, Clock clock) {
        this.leaves = leaves;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Appends the statement's hash under the subject, in the caller's transaction. */
    @Transactional
    public Logged append(String subject, String statement) {
        if (subject == null || subject.isBlank() || subject.length() > 40) {
            throw new IllegalArgumentException("a commitment subject has 1 to 40 characters");
        }
        leaves.lockForAppend();
        if (find(subject).isPresent()) {
            throw new IllegalStateException("already committed: " + subject);
        }
        long number = jdbc.sql("select nextval('log_commitment_seq')").query(Long.class).single();
        LeafData data = new LeafData(LeafKind.COMMITMENT, 0, number, subject, clock.millis(), sha256(statement));
        StoredLeaf stored = leaves.append(data);
        return logged(stored);
    }

    /** The commitment logged under the subject. */
    public Optional<Logged> find(String subject) {
        return jdbc.sql("select index from log_leaf where kind = 'COMMITMENT' and index_number = ?").param(subject)
                .query(Long.class).optional().flatMap(leaves::at).map(CommitmentLog::logged);
    }

    public static byte[] sha256(String statement) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(statement.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static Logged logged(StoredLeaf leaf) {
        return new Logged(leaf.index(), HexFormat.of().formatHex(leaf.leafHash()), leaf.appendedAt(),
                leaf.decoded().contentHashHex());
    }
}
