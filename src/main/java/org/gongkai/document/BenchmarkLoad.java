package org.gongkai.document;

import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.platform.Zones;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Writes published documents straight into the tables at database speed, for benchmark databases only (ADR 0054):
 * COPY of documents, revisions and editions with ids taken from their sequences in one block, then set-based SQL for
 * the editions' history and the 索引号 serials, all in one transaction. It bypasses the workflow on purpose: no
 * review, no screening, no {@link PublicChange} — so no search-index update, page-cache eviction, transparency leaf
 * or per-document audit entry. The caller (the demo module's {@code demo-generate --bulk}) refuses to run it on a
 * database that is not a fresh benchmark database; nothing else may call it.
 */
@Service
public class BenchmarkLoad {

    /** One document to write: its organisation, its content, and when it was published. */
    public record Item(long organisationId, DocumentContent content, Instant publishedAt) {
    }

    /** What was written: the range of document ids. */
    public record Result(long firstDocumentId, long lastDocumentId, long documents) {
    }

    private static final int CHUNK = 5_000;

    private record Prepared(Item item, String html, String text) {
    }

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final BodySanitizer sanitizer;
    private final ContentRules rules;
    private final OrganisationDirectory organisations;

    BenchmarkLoad(DataSource dataSource, JdbcClient jdbc, BodySanitizer sanitizer, ContentRules rules,
                  OrganisationDirectory organisations) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.sanitizer = sanitizer;
        this.rules = rules;
        this.organisations = organisations;
    }

    /**
     * Writes {@code count} published documents, item {@code i} from {@code items.apply(i)}, each with one published
     * edition created and published by {@code createdBy} (its history says so, with {@code note}).
     */
    @Transactional
    public Result load(int count, IntFunction<Item> items, long createdBy, String actorName, String note,
                       IntConsumer progress) {
        if (count <= 0) {
            return new Result(0, -1, 0);
        }
        jdbc.sql("lock table document, revision, edition in share row exclusive mode").update();
        long firstDocument = reserve("document", count);
        long firstRevision = reserve("revision", count);
        long firstEdition = reserve("edition", count);
        Map<Long, String> codes = new HashMap<>();
        Map<String, Integer> serials = new HashMap<>();
        jdbc.sql("select organisation_id, year, last_serial from index_number_serial")
                .query(rs -> {
                    serials.put(rs.getLong(1) + "/" + rs.getInt(2), rs.getInt(3));
                });
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            for (int from = 0; from < count; from += CHUNK) {
                int to = Math.min(count, from + CHUNK);
                if (from == 0) {
                    Item first = items.apply(0);
                    rules.validate(first.content(), first.organisationId(), null);
                }
                // generating and sanitising is most of the Java side's work: on every core, in order
                List<Prepared> chunk = IntStream.range(from, to).parallel().mapToObj(i -> {
                    Item item = items.apply(i);
                    String html = sanitizer.sanitize(item.content().bodyHtml());
                    return new Prepared(item, html, sanitizer.text(html));
                }).toList();
                CopyRows documents = new CopyRows();
                CopyRows revisions = new CopyRows();
                CopyRows editions = new CopyRows();
                for (int k = 0; k < chunk.size(); k++) {
                    Item item = chunk.get(k).item();
                    long offset = from + k;
                    String code = codes.computeIfAbsent(item.organisationId(), id -> organisations.get(id).code());
                    int year = item.publishedAt().atZone(Zones.CHINA).getYear();
                    int serial = serials.merge(item.organisationId() + "/" + year, 1, Integer::sum);
                    if (serial > 99_999) {
                        throw new IllegalArgumentException("more than 99,999 documents of one organisation in " + year);
                    }
                    documents.row(firstDocument + offset, item.organisationId(),
                            "%s/%d-%05d".formatted(code, year, serial), createdBy, item.publishedAt());
                    List<Object> revision = new ArrayList<>();
                    revision.add(firstRevision + offset);
                    revision.add(firstDocument + offset);
                    for (DocumentField f : DocumentFields.all()) {
                        revision.add(f.value(item.content()));
                    }
                    revision.addAll(List.of(chunk.get(k).html(), chunk.get(k).text(), createdBy, item.publishedAt()));
                    revisions.row(revision.toArray());
                    editions.row(firstEdition + offset, firstDocument + offset, 1, firstRevision + offset, "PUBLISHED",
                            createdBy, item.publishedAt(), item.publishedAt(), item.publishedAt());
                }
                copy(connection, "document (id, organisation_id, index_number, created_by, created_at)", documents);
                copy(connection, "revision (id, document_id, " + DocumentFields.columns(DocumentFields.all())
                        + ", body_html, body_text, created_by, created_at)", revisions);
                copy(connection, "edition (id, document_id, number, revision_id, status, created_by, created_at,"
                        + " updated_at, published_at)", editions);
                progress.accept(to - from);
            }
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        jdbc.sql("""
                insert into edition_event (document_id, edition_id, action, from_status, to_status, actor_id,
                    actor_name, note, occurred_at)
                select document_id, id, 'publish', null, 'PUBLISHED', created_by, ?, ?, published_at
                  from edition where id between ? and ?""")
                .params(actorName, note, firstEdition, firstEdition + count - 1).update();
        for (Map.Entry<String, Integer> e : serials.entrySet()) {
            String[] key = e.getKey().split("/");
            jdbc.sql("""
                    insert into index_number_serial (organisation_id, year, last_serial) values (?, ?, ?)
                    on conflict (organisation_id, year)
                    do update set last_serial = greatest(index_number_serial.last_serial, excluded.last_serial)""")
                    .params(Long.parseLong(key[0]), Integer.parseInt(key[1]), e.getValue()).update();
        }
        return new Result(firstDocument, firstDocument + count - 1, count);
    }

    /** How many documents the database has, in any state: a benchmark database is loaded only when it has none. */
    public long existingDocuments() {
        return jdbc.sql("select count(*) from document").query(Long.class).single();
    }

    /** Takes {@code count} consecutive ids from the table's sequence (the tables are locked meanwhile). */
    private long reserve(String table, int count) {
        long first = jdbc.sql("select nextval(pg_get_serial_sequence(?, 'id'))").param(table)
                .query(Long.class).single();
        jdbc.sql("select setval(pg_get_serial_sequence(?, 'id'), ?)").params(table, first + count - 1)
                .query(Long.class).single();
        return first;
    }

    private static void copy(Connection connection, String target, CopyRows rows) {
        try {
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy " + target + " from stdin", new ByteArrayInputStream(rows.bytes()));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("COPY into " + target + " failed: " + e.getMessage(), e);
        }
    }

    /** Rows in COPY's text format: tab-separated, {@code \N} for null, backslash escapes. */
    private static final class CopyRows {
        private final StringBuilder text = new StringBuilder(1 << 20);

        void row(Object... values) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    text.append('\t');
                }
                Object v = values[i];
                if (v == null) {
                    text.append("\\N");
                    continue;
                }
                String s = v instanceof Enum<?> e ? e.name() : v.toString();
                for (int c = 0; c < s.length(); c++) {
                    char ch = s.charAt(c);
                    switch (ch) {
                        case '\\' -> text.append("\\\\");
                        case '\t' -> text.append("\\t");
                        case '\n' -> text.append("\\n");
                        case '\r' -> text.append("\\r");
                        default -> text.append(ch);
                    }
                }
            }
            text.append('\n');
        }

        byte[] bytes() {
            return text.toString().getBytes(StandardCharsets.UTF_8);
        }
    }
}
