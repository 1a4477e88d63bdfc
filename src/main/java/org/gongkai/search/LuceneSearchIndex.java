package org.gongkai.search;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The in-process Lucene index. It lives in a generation directory under {@code dir}, named by the file
 * {@code dir/current} (an index from before generations lives in {@code dir} itself). The writer is opened on first
 * use (so operator commands that never search do not take the index's lock). Writes are committed before the method
 * returns, and readers are near-real-time: a written document is searchable when the method returns.
 * {@link #rebuild} builds a fresh generation beside the live one, which keeps answering, then swaps; a process that
 * holds the index notices a swap made by another one (the {@code search-reindex} command) at its next search. Each
 * generation carries a random id in its commit data: {@link #name()} is {@code lucene:<id>}.
 */
public class LuceneSearchIndex implements SearchIndex, Closeable {

    static final List<String> OPENNESS = java.util.Arrays.stream(org.gongkai.catalog.OpennessClass.values()).map(Enum::name).toList();
    private static final String ID_KEY = "gongkai.index.id";
    /** The shape of the index's fields; an index of another shape is started afresh and refilled by the repair. */
    private static final String SCHEMA_KEY = "gongkai.index.schema";
    static final String SCHEMA = "5"; // 2: CJK bigram twins, doc-value facets (ADR 0019); 3: context-free folding; 4: tri/4-grams; 5: one matching field
    private static final String CURRENT = "current";
    /** Batches at least this large are analysed on every core. */
    private static final int PARALLEL_FROM = 32;
    private final Path dir;
    private final LuceneSearch search = new LuceneSearch();
    private Path generation;
    private Directory directory;
    private IndexWriter writer;
    private volatile SearcherManager searchers;

    /**
     * Searches a large index's slices of segments on every core (Lucene's slices: a quarter of a million documents
     * or five segments each; a county's index is one slice). Only idle cores help: when every worker is busy the
     * searching thread runs the slice itself, so under load a search never queues behind another one's slices.
     */
    private static final java.util.concurrent.ExecutorService SLICES = new java.util.concurrent.ThreadPoolExecutor(
            Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().availableProcessors(), 1,
            java.util.concurrent.TimeUnit.MINUTES, new java.util.concurrent.SynchronousQueue<>(), r -> {
                Thread t = new Thread(r, "search-slice");
                t.setDaemon(true);
                return t;
            }, new java.util.concurrent.ThreadPoolExecutor.CallerRunsPolicy());
    private String id;
    private volatile long pointerSeen;
    private volatile long pointerCheckedAt;
    private volatile Runnable onSwap;

    public LuceneSearchIndex(Path dir) {
        this.dir = dir;
    }

    /** Opens the index unless it is open: every search passes here, so the open case takes no lock. */
    private void open() {
        if (searchers != null) {
            return;
        }
        openLocked();
    }

    private synchronized void openLocked() {
        if (writer != null) {
            return;
        }
        try {
            Files.createDirectories(dir);
            pointerSeen = pointerStamp();
            generation = currentGeneration();
            directory = FSDirectory.open(generation);
            Map<String, String> data = DirectoryReader.indexExists(directory)
                    ? SegmentInfos.readLatestCommit(directory).getUserData() : Map.of();
            boolean otherShape = !data.isEmpty() && !SCHEMA.equals(data.get(SCHEMA_KEY));
            // an index written by an earlier version has fields of another shape: adding to it would fail, so it
            // is started afresh under a new id, and the start-up repair, which knows no document under that id,
            // indexes every published document again
            id = otherShape ? null : data.get(ID_KEY);
            writer = new IndexWriter(directory, config().setOpenMode(otherShape
                    ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            if (id == null) {
                id = UUID.randomUUID().toString();
                commit(writer, id);
            }
            searchers = new SearcherManager(writer, new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                    // a refresh unpacks the facets of its new segments, so no search pays for them
                    reader.leaves().forEach(leaf -> search.facetOrdinals().of(leaf.reader()));
                    return new IndexSearcher(reader, SLICES);
                }
            });
        } catch (org.apache.lucene.store.LockObtainFailedException e) {
            throw new IllegalStateException("the search index in " + generation
                    + " is in use by another process: stop the web application first", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + dir, e);
        }
    }

    private static IndexWriterConfig config() {
        return new IndexWriterConfig(ChineseAnalysis.analyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64);
    }

    private Path currentGeneration() throws IOException {
        Path pointer = dir.resolve(CURRENT);
        if (Files.exists(pointer)) {
            String name = Files.readString(pointer).strip();
            if (!name.isEmpty() && Files.isDirectory(dir.resolve(name))) {
                return dir.resolve(name);
            }
        }
        return dir;
    }

    private long pointerStamp() {
        try {
            Path pointer = dir.resolve(CURRENT);
            return Files.exists(pointer) ? Files.getLastModifiedTime(pointer).toMillis() ^ Files.readString(pointer).hashCode() : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * At most once a second: has another process (the {@code search-reindex} command) swapped in a new generation?
     * Then follow it, as soon as that process has let go of it, and tell the swap listener (which repairs what was
     * published meanwhile). Until then the old generation keeps answering.
     */
    private void followSwaps() {
        long now = System.nanoTime();
        if (now - pointerCheckedAt < 1_000_000_000L) {
            return;
        }
        pointerCheckedAt = now;
        if (pointerStamp() == pointerSeen) {
            return;
        }
        synchronized (this) {
            try {
                if (pointerStamp() == pointerSeen || currentGeneration().equals(generation) || lockedElsewhere(currentGeneration())) {
                    return;
                }
            } catch (IOException e) {
                return;
            }
            closeQuietly();
            open();
        }
        Runnable listener = onSwap;
        if (listener != null) {
            listener.run();
        }
    }

    /** Looks for a swap now, not waiting for the second to pass (tests). */
    void followSwapsNow() {
        pointerCheckedAt = System.nanoTime() - 2_000_000_000L;
        followSwaps();
    }

    private static boolean lockedElsewhere(Path generation) {
        try (Directory d = FSDirectory.open(generation);
             org.apache.lucene.store.Lock lock = d.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /** Called (on the searching thread) after this process followed a swap made by another one. */
    @Override
    public void onSwap(Runnable listener) {
        this.onSwap = listener;
    }

    private IndexWriter writer() {
        open();
        followSwaps();
        open();
        return writer;
    }

    private static void commit(IndexWriter w, String id) throws IOException {
        w.setLiveCommitData(Map.of(ID_KEY, id, SCHEMA_KEY, SCHEMA).entrySet());
        w.commit();
    }

    @Override
    public synchronized void index(SearchDocument d) {
        indexAll(List.of(d));
    }

    @Override
    public synchronized void indexAll(List<SearchDocument> documents) {
        try {
            IndexWriter w = writer();
            if (documents.size() < PARALLEL_FROM) {
                for (SearchDocument d : documents) {
                    w.updateDocument(new Term(Fields.ID, Long.toString(d.documentId())), LuceneDocuments.of(d));
                }
            } else { // a repair's batch: analysed on every core, still one commit
                ParallelAdd.writeAll(documents.iterator(),
                        d -> w.updateDocument(new Term(Fields.ID, Long.toString(d.documentId())), LuceneDocuments.of(d)));
            }
            commit(w, id);
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void delete(long documentId) {
        try {
            writer().deleteDocuments(new Term(Fields.ID, Long.toString(documentId)));
            commit(writer, id);
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Builds a new generation from the documents (analysed on every core, one commit at the end) while the live one
     * keeps answering, then makes it current and deletes the old one.
     */
    @Override
    public long rebuild(Iterator<SearchDocument> documents) {
        try {
            Files.createDirectories(dir);
            String name = "gen-" + UUID.randomUUID();
            Path fresh = dir.resolve(name);
            String freshId = UUID.randomUUID().toString();
            long n;
            try (Directory d = FSDirectory.open(fresh);
                 IndexWriter w = new IndexWriter(d, config().setRAMBufferSizeMB(128))) {
                n = ParallelAdd.addAll(w, documents, LuceneDocuments::of);
                commit(w, freshId);
            }
            synchronized (this) {
                Path old = writer != null ? generation : currentGeneration();
                closeQuietly();
                Path tmp = dir.resolve(CURRENT + ".tmp");
                Files.writeString(tmp, name);
                Files.move(tmp, dir.resolve(CURRENT), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                deleteGeneration(old);
                open();
            }
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes an old generation: its directory, or for the first layout the index files in {@code dir} itself. */
    private void deleteGeneration(Path old) throws IOException {
        if (old.equals(dir)) {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    if (Files.isRegularFile(f) && !f.getFileName().toString().startsWith(CURRENT)) {
                        Files.deleteIfExists(f);
                    }
                }
            }
            return;
        }
        try (var walk = Files.walk(old)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Override
    public long count() {
        return withSearcher(s -> (long) s.getIndexReader().numDocs());
    }

    @Override
    public String name() {
        open();
        followSwaps();
        return "lucene:" + id;
    }

    /** Bytes on disk of the live generation. */
    public long sizeOnDisk() {
        open();
        try (var files = Files.list(generation)) {
            long sum = 0;
            for (Path f : files.toList()) {
                if (Files.isRegularFile(f)) {
                    sum += Files.size(f);
                }
            }
            return sum;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every matching document id, unordered (for measurements: recall against a substring scan). */
    public long[] matchingIds(SearchQuery q) {
        return withSearcher(s -> search.matchingIds(s, q));
    }

    /** How many recent answers to keep ({@link ResultCache}); 0 computes every search (the bench's cost figures). */
    public void cacheResults(int capacity) {
        search.cacheResults(capacity);
    }

    @Override
    public SearchResults search(SearchQuery q) {
        return withSearcher(s -> search.search(s, q));
    }

    private interface SearcherWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        for (int attempt = 0; ; attempt++) {
            open();
            followSwaps();
            SearcherManager manager = searchers;
            IndexSearcher s;
            try {
                if (manager == null) {
                    throw new AlreadyClosedException("swapping");
                }
                s = manager.acquire();
            } catch (AlreadyClosedException e) {
                if (attempt < 5) {
                    continue; // a rebuild swapped generations just now: take the new one
                }
                throw e;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try {
                return work.run(s);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                try {
                    manager.release(s);
                } catch (IOException e) {
                    // releasing a reader of a closed generation
                }
            }
        }
    }

    private void closeQuietly() {
        try {
            close();
        } catch (UncheckedIOException e) {
            // the old generation is going away anyway
        }
    }

    @Override
    public synchronized void close() {
        try {
            if (searchers != null) {
                searchers.close();
            }
            if (writer != null) {
                writer.close();
            }
            if (directory != null) {
                directory.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer = null;
            searchers = null;
            directory = null;
        }
    }
}
