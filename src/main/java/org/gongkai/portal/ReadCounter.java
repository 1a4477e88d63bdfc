package org.gongkai.portal;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts reads of document pages in memory and adds them to the database in one batch every so often, so a read
 * is never a database write. Each node flushes only its own increments ({@code reads = reads + ?}), so several nodes
 * add up without locks or lost updates. Counts of the last interval are lost if a node dies: acceptable for a
 * read counter.
 */
@Component
class ReadCounter {

    private static final Logger log = LoggerFactory.getLogger(ReadCounter.class);

    private final JdbcClient jdbc;
    private volatile ConcurrentHashMap<Long, AtomicLong> pending = new ConcurrentHashMap<>();

    ReadCounter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void increment(long documentId) {
        pending.computeIfAbsent(documentId, id -> new AtomicLong()).incrementAndGet();
    }

    /** Reads counted on this node and not yet flushed. */
    long pending(long documentId) {
        AtomicLong n = pending.get(documentId);
        return n == null ? 0 : n.get();
    }

    /** Reads stored in the database. */
    long stored(long documentId) {
        return jdbc.sql("select reads from portal_document_reads where document_id = ?").param(documentId)
                .query(Long.class).optional().orElse(0L);
    }

    @Scheduled(fixedDelayString = "${gongkai.portal.reads-flush:PT30S}", initialDelayString = "${gongkai.portal.reads-flush:PT30S}")
    @PreDestroy
    synchronized void flush() {
        Map<Long, AtomicLong> batch = pending;
        if (batch.isEmpty()) {
            return;
        }
        pending = new ConcurrentHashMap<>();
        List<Object[]> rows = new ArrayList<>(batch.size());
        batch.forEach((id, n) -> rows.add(new Object[]{id, n.get()}));
        try {
            for (Object[] r : rows) {
                jdbc.sql("""
                        insert into portal_document_reads (document_id, reads) values (?, ?)
                        on conflict (document_id) do update set reads = portal_document_reads.reads + excluded.reads""")
                        .params(r[0], r[1]).update();
            }
        } catch (RuntimeException e) {
            log.warn("could not store {} read counts: {}", rows.size(), e.getMessage());
        }
    }
}
