package org.gongkai.search;

import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.core5.http.HttpHost;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.Refresh;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;
import org.opensearch.client.opensearch.indices.get_alias.IndexAliases;
import org.opensearch.client.opensearch.indices.update_aliases.Action;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The index in OpenSearch (ADR 0027), behind an alias: searches and writes go to the alias, {@link #rebuild} fills a
 * new index beside the live one (which keeps answering) and moves the alias to it in one atomic alias update, then
 * deletes the old one. {@link #name()} is {@code opensearch:<the index behind the alias>}, looked up at most once a
 * second, so a rebuild made by another process (or node) is noticed and the swap listener told. Documents arrive
 * pre-analysed ({@link OpenSearchDocuments}) and queries are built clause for clause as Lucene's
 * ({@link OpenSearchQueries}): both backends hold the same terms and answer the same. Single writes refresh before
 * they return (a publication is searchable at once); batches are one bulk request with one refresh.
 */
public class OpenSearchSearchIndex implements SearchIndex, Closeable {

    private static final Logger log = LoggerFactory.getLogger(OpenSearchSearchIndex.class);
    private static final int BULK_DOCS = 500;
    /** About this many characters of text per bulk request (the request carries each text about three times). */
    private static final long BULK_CHARS = 4_000_000;

    /**
     * OpenSearch before 3.0 scores with LegacyBM25Similarity, which is Lucene's BM25 times (k1 + 1) = 2.2 (the default
     * k1 of both); its scores are divided by that so both backends report the same score (ranking is the same anyway).
     */
    private static final double LEGACY_BM25_FACTOR = 2.2;

    private final OpenSearchTransport transport;
    private final OpenSearchClient client;
    private final String alias;
    private volatile String current;
    private volatile long checkedAt;
    private volatile Runnable onSwap;
    private volatile double scoreScale;
    private final OpenSearchSearch search;

    OpenSearchSearchIndex(OpenSearchTransport transport, String alias) {
        this.transport = transport;
        this.client = new OpenSearchClient(transport);
        this.alias = alias.toLowerCase(Locale.ROOT);
        this.search = new OpenSearchSearch(client, this.alias);
    }

    /** A client of the engine at {@code url} ({@code http(s)://host:port[/prefix]}), basic auth when a user is given. */
    public static OpenSearchSearchIndex connect(String url, String user, String password, String alias) {
        URI uri = URI.create(url.strip());
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        HttpHost host = new HttpHost(https ? "https" : "http", uri.getHost(),
                uri.getPort() > 0 ? uri.getPort() : https ? 443 : 9200);
        ApacheHttpClient5TransportBuilder b = ApacheHttpClient5TransportBuilder.builder(host)
                .setMapper(new JacksonJsonpMapper());
        if (uri.getPath() != null && !uri.getPath().isBlank() && !uri.getPath().equals("/")) {
            b.setPathPrefix(uri.getPath());
        }
        if (user != null && !user.isBlank()) {
            BasicCredentialsProvider credentials = new BasicCredentialsProvider();
            credentials.setCredentials(new AuthScope(host),
                    new UsernamePasswordCredentials(user, (password == null ? "" : password).toCharArray()));
            b.setHttpClientConfigCallback(c -> c.setDefaultCredentialsProvider(credentials));
        }
        return new OpenSearchSearchIndex(b.build(), alias);
    }

    /** The engine's version number (a health check: it throws when no engine answers). */
    public String engineVersion() {
        return call(() -> client.info().version().number());
    }

    OpenSearchClient client() {
        return client;
    }

    /** The alias searched and written (the index behind it changes with every rebuild). */
    public String alias() {
        return alias;
    }

    /** Called (on the searching thread) after this process noticed a swap made by another one. */
    @Override
    public void onSwap(Runnable listener) {
        this.onSwap = listener;
    }

    // ---- the index behind the alias

    /** The index behind the alias, looked up at most once a second; created (empty) when there is none. */
    private String current() {
        String c = current;
        if (c != null && System.nanoTime() - checkedAt < 1_000_000_000L) {
            return c;
        }
        String before;
        String now;
        synchronized (this) {
            before = current;
            now = call(this::resolve);
            current = now;
            checkedAt = System.nanoTime();
        }
        Runnable listener = onSwap;
        if (before != null && !before.equals(now) && listener != null) {
            listener.run();
        }
        return now;
    }

    private String resolve() throws IOException {
        if (scoreScale == 0) {
            String version = client.info().version().number();
            scoreScale = Integer.parseInt(version.substring(0, version.indexOf('.'))) < 3 ? 1 / LEGACY_BM25_FACTOR : 1;
        }
        TreeSet<String> behind = indicesBehindAlias();
        if (behind.isEmpty()) {
            String fresh = create(false);
            client.indices().updateAliases(u -> u.actions(Action.of(a -> a.add(x -> x.index(fresh).alias(alias)))));
            behind = indicesBehindAlias();
            if (!behind.first().equals(fresh)) { // another node created one at the same time: the first name wins
                deleteQuietly(fresh);
                behind = indicesBehindAlias();
            }
            return behind.first();
        }
        String live = behind.first();
        if (behind.size() > 1) {
            log.warn("the search alias {} points to several indices {}; using {}", alias, behind, live);
        }
        if (!live.equals(current) && !OpenSearchDocuments.SCHEMA.equals(schemaOf(live))) {
            // an index of another shape: replaced by an empty one under a new name, which the repair refills
            String fresh = create(false);
            swap(fresh);
            return fresh;
        }
        return live;
    }

    private TreeSet<String> indicesBehindAlias() throws IOException {
        try {
            Map<String, IndexAliases> result = client.indices().getAlias(g -> g.name(alias)).result();
            return new TreeSet<>(result.keySet());
        } catch (OpenSearchException e) {
            if (e.status() == 404) {
                return new TreeSet<>();
            }
            throw e;
        }
    }

    private String schemaOf(String index) throws IOException {
        var mapping = client.indices().getMapping(g -> g.index(index)).result().get(index);
        if (mapping == null || mapping.mappings() == null) {
            return null;
        }
        var schema = mapping.mappings().meta().get(OpenSearchDocuments.SCHEMA_KEY);
        return schema == null ? null : schema.to(String.class);
    }

    /** A new empty index named after the alias and the time; {@code building} turns periodic refresh off. */
    private String create(boolean building) throws IOException {
        String name = alias + "-" + String.format(Locale.ROOT, "%013d", System.currentTimeMillis()) + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        client.indices().create(c -> c.index(name)
                .settings(s -> s.numberOfShards("1").autoExpandReplicas("0-1")
                        .refreshInterval(t -> t.time(building ? "-1" : "1s")))
                .mappings(OpenSearchDocuments.mapping()));
        return name;
    }

    /** Moves the alias to {@code fresh} in one update and deletes the indices it pointed to. */
    private synchronized void swap(String fresh) throws IOException {
        TreeSet<String> old = indicesBehindAlias();
        old.remove(fresh);
        List<Action> actions = new ArrayList<>();
        actions.add(Action.of(a -> a.add(x -> x.index(fresh).alias(alias))));
        for (String o : old) {
            actions.add(Action.of(a -> a.remove(x -> x.index(o).alias(alias))));
        }
        client.indices().updateAliases(u -> u.actions(actions));
        for (String o : old) {
            deleteQuietly(o);
        }
        current = fresh;
        checkedAt = System.nanoTime();
    }

    private void deleteQuietly(String index) {
        try {
            client.indices().delete(d -> d.index(index));
        } catch (IOException | OpenSearchException e) {
            log.warn("could not delete the old search index {}: {}", index, e.getMessage());
        }
    }

    // ---- writes

    @Override
    public void index(SearchDocument d) {
        current();
        Map<String, Object> doc = OpenSearchDocuments.of(d);
        call(() -> client.index(i -> i.index(alias).id(Long.toString(d.documentId())).document(doc)
                .refresh(Refresh.True)));
    }

    @Override
    public void indexAll(List<SearchDocument> documents) {
        if (documents.isEmpty()) {
            return;
        }
        current();
        List<BulkOperation> batch = new ArrayList<>();
        long chars = 0;
        for (SearchDocument d : documents) {
            batch.add(operation(alias, d));
            chars += length(d);
            if (batch.size() >= BULK_DOCS || chars >= BULK_CHARS) {
                List<BulkOperation> full = List.copyOf(batch);
                call(() -> bulk(full, Refresh.False));
                batch.clear();
                chars = 0;
            }
        }
        List<BulkOperation> rest = List.copyOf(batch);
        call(() -> rest.isEmpty() ? client.indices().refresh(r -> r.index(alias)) : bulk(rest, Refresh.True));
    }

    @Override
    public void delete(long documentId) {
        current();
        try {
            call(() -> client.delete(d -> d.index(alias).id(Long.toString(documentId)).refresh(Refresh.True)));
        } catch (OpenSearchException e) {
            if (e.status() != 404) {
                throw e;
            }
        }
    }

    /**
     * Fills a new index (periodic refresh off, documents analysed on every core, bulk requests of a few MB) while
     * the live one keeps answering, refreshes it once, then moves the alias to it and deletes the old one.
     */
    @Override
    public long rebuild(Iterator<SearchDocument> documents) {
        current();
        String fresh = call(() -> create(true));
        try {
            List<BulkOperation> pending = new ArrayList<>();
            long[] chars = {0};
            long n = ParallelAdd.writeAll(documents, d -> {
                BulkOperation op = operation(fresh, d); // the analysis, on the worker's thread
                List<BulkOperation> full = null;
                synchronized (pending) {
                    pending.add(op);
                    chars[0] += length(d);
                    if (pending.size() >= BULK_DOCS || chars[0] >= BULK_CHARS) {
                        full = List.copyOf(pending);
                        pending.clear();
                        chars[0] = 0;
                    }
                }
                if (full != null) {
                    bulk(full, Refresh.False);
                }
            });
            if (!pending.isEmpty()) {
                bulk(List.copyOf(pending), Refresh.False);
            }
            client.indices().putSettings(p -> p.index(fresh).settings(s -> s.refreshInterval(t -> t.time("1s"))));
            client.indices().refresh(r -> r.index(fresh));
            swap(fresh);
            return n;
        } catch (IOException e) {
            deleteQuietly(fresh);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            deleteQuietly(fresh);
            throw e;
        }
    }

    private static BulkOperation operation(String index, SearchDocument d) {
        Map<String, Object> doc = OpenSearchDocuments.of(d);
        return BulkOperation.of(b -> b.index(i -> i.index(index).id(Long.toString(d.documentId())).document(doc)));
    }

    private static long length(SearchDocument d) {
        return (d.body() == null ? 0 : d.body().length()) + (d.attachmentText() == null ? 0 : d.attachmentText().length())
                + 200;
    }

    private BulkResponse bulk(List<BulkOperation> operations, Refresh refresh) throws IOException {
        BulkResponse r = client.bulk(b -> b.operations(operations).refresh(refresh));
        if (r.errors()) {
            for (BulkResponseItem item : r.items()) {
                if (item.error() != null) {
                    throw new IllegalStateException("OpenSearch refused document " + item.id() + ": "
                            + item.error().type() + " " + item.error().reason());
                }
            }
        }
        return r;
    }

    // ---- reads

    @Override
    public long count() {
        current();
        return call(() -> client.count(c -> c.index(alias)).count());
    }

    @Override
    public String name() {
        return "opensearch:" + current();
    }

    @Override
    public SearchResults search(SearchQuery q) {
        current();
        return call(() -> search.search(q, scoreScale));
    }

    /** The matching document ids, unordered, at most {@link SearchQuery#MAX_DEPTH} (measurements). */
    public long[] matchingIds(SearchQuery q) {
        current();
        return call(() -> search.matchingIds(q));
    }

    /** Deletes the alias and every index behind it (tests, benchmarks). */
    public void drop() {
        call(() -> {
            for (String index : indicesBehindAlias()) {
                client.indices().delete(d -> d.index(index));
            }
            return null;
        });
        current = null;
    }

    @Override
    public void close() {
        try {
            transport.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Call<T> {
        T run() throws IOException;
    }

    private static <T> T call(Call<T> work) {
        try {
            return work.run();
        } catch (IOException e) {
            throw new UncheckedIOException("OpenSearch did not answer: " + e.getMessage(), e);
        }
    }
}
