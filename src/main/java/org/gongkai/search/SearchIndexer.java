package org.gongkai.search;

import org.gongkai.document.PublishedDocuments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.LongConsumer;

/**
 * Keeps the index equal to the public side. {@link #sync} looks at the document as it is now (so events may arrive
 * late, twice or out of order); {@link #repair} compares the database's record of the index with the
 * {@code public_document} view; {@link #rebuild} starts over from the database.
 */
@Service
public class SearchIndexer {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

    private final SearchIndex index;
    private final SearchDocuments documents;
    private final PublishedDocuments published;
    private final IndexedEditions record;

    SearchIndexer(SearchIndex index, SearchDocuments documents, PublishedDocuments published, IndexedEditions record) {
        this.index = index;
        this.documents = documents;
        this.published = published;
        this.record = record;
        index.onSwap(() -> {
            Thread t = new Thread(this::repairQuietly, "search-repair-after-swap");
            t.setDaemon(true);
            t.start();
        });
    }

    private void repairQuietly() {
        try {
            repair();
        } catch (RuntimeException e) {
            log.error("search index repair after a reindex failed", e);
        }
    }

    /** Indexes the document's live published edition, or takes it out of the index when there is none. */
    public synchronized void sync(long documentId) {
        String name = index.name();
        Optional<SearchDocument> doc = documents.find(documentId, new HashMap<>());
        if (doc.isPresent()) {
            index.index(doc.get());
            record.record(name, documentId, doc.get().editionId());
        } else {
            index.delete(documentId);
            record.forget(name, documentId);
        }
    }

    private static final int REPAIR_BATCH = 500;

    /** Indexes a batch with one commit, then records it. */
    private void indexBatch(String name, List<SearchDocument> batch) {
        if (batch.isEmpty()) {
            return;
        }
        index.indexAll(List.copyOf(batch));
        batch.forEach(d -> record.record(name, d.documentId(), d.editionId()));
        batch.clear();
    }

    /** Result of a repair: documents (re)indexed and documents taken out. */
    public record Repair(int indexed, int removed, boolean wiped) {
    }

    /**
     * Brings the index in line with the public side after a crash: an index this database does not know (new, or
     * left over from another database) is emptied first; every document whose live edition differs from the one
     * recorded is indexed again; every recorded document no longer published is deleted.
     */
    public synchronized Repair repair() {
        String name = index.name();
        boolean wiped = false;
        if (!record.known(name)) {
            index.rebuild(java.util.Collections.emptyIterator());
            name = index.name();
            record.replaceAll(name, Map.of());
            wiped = true;
        }
        Map<Long, Long> live = published.liveEditions();
        Map<Long, Long> recorded = record.recorded(name);
        int indexed = 0;
        int removed = 0;
        Map<Long, List<Long>> paths = new HashMap<>();
        List<Long> changed = new java.util.ArrayList<>();
        for (Map.Entry<Long, Long> e : live.entrySet()) {
            if (!Objects.equals(recorded.get(e.getKey()), e.getValue())) {
                changed.add(e.getKey());
            }
        }
        java.util.Collections.sort(changed);
        for (int from = 0; from < changed.size(); from += REPAIR_BATCH) {
            List<Long> ids = changed.subList(from, Math.min(changed.size(), from + REPAIR_BATCH));
            Map<Long, SearchDocument> found = documents.findAll(ids, paths);
            List<SearchDocument> batch = new java.util.ArrayList<>();
            for (Long id : ids) {
                SearchDocument doc = found.get(id);
                if (doc != null) {
                    batch.add(doc);
                } else {
                    sync(id); // withdrawn or gone since the list was read
                }
                indexed++;
            }
            indexBatch(name, batch);
        }
        for (Long documentId : recorded.keySet()) {
            if (!live.containsKey(documentId)) {
                sync(documentId);
                removed++;
            }
        }
        if (indexed + removed > 0 || wiped) {
            log.info("search index {} repaired: {} indexed, {} removed{}", name, indexed, removed,
                    wiped ? " (unknown index emptied first)" : "");
        }
        return new Repair(indexed, removed, wiped);
    }

    /** How many documents a rebuild would index. */
    public int publishedCount() {
        return published.liveEditions().size();
    }

    /** Rebuilds the whole index from the database; {@code progress} hears each document id as it goes. */
    public long rebuild(LongConsumer progress) {
        Map<Long, Long> editions = new HashMap<>();
        Map<Long, List<Long>> paths = new HashMap<>();
        List<Long> all = new java.util.ArrayList<>(new TreeSet<>(published.liveEditions().keySet()));
        // read in batches of REPAIR_BATCH documents, one query each (not one per document)
        Iterator<SearchDocument> docs = new Iterator<>() {
            private int from;
            private Iterator<SearchDocument> batch = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!batch.hasNext() && from < all.size()) {
                    List<Long> ids = all.subList(from, Math.min(all.size(), from + REPAIR_BATCH));
                    from += ids.size();
                    Map<Long, SearchDocument> found = documents.findAll(ids, paths);
                    List<SearchDocument> next = new java.util.ArrayList<>();
                    for (Long id : ids) {
                        SearchDocument d = found.get(id);
                        if (d != null) {
                            next.add(d);
                        }
                        progress.accept(id);
                    }
                    batch = next.iterator();
                }
                return batch.hasNext();
            }

            @Override
            public SearchDocument next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                SearchDocument d = batch.next();
                editions.put(d.documentId(), d.editionId());
                return d;
            }
        };
        long n = index.rebuild(docs);
        record.replaceAll(index.name(), editions);
        repair(); // what was published while the new index was being built
        return n;
    }
}
