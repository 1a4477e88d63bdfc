package org.gongkai.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The in-process Lucene index, in one directory. The writer is opened on first use (so operator commands that never
 * search do not take the index's lock) and every write is committed before the method returns. Each index carries
 * a random id in its commit data: {@link #name()} is {@code lucene:<id>}.
 */
public class LuceneSearchIndex implements SearchIndex, Closeable {

    static final List<String> OPENNESS = java.util.Arrays.stream(org.gongkai.catalog.OpennessClass.values()).map(Enum::name).toList();
    private static final String ID_KEY = "gongkai.index.id";
    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    private final Path dir;
    private final LuceneQueries queries = new LuceneQueries();
    private final Snippets snippets = new Snippets();
    private Directory directory;
    private IndexWriter writer;
    private SearcherManager searchers;
    private String id;

    public LuceneSearchIndex(Path dir) {
        this.dir = dir;
    }

    private synchronized void open() {
        if (writer != null) {
            return;
        }
        try {
            directory = FSDirectory.open(dir);
            id = DirectoryReader.indexExists(directory)
                    ? SegmentInfos.readLatestCommit(directory).getUserData().get(ID_KEY) : null;
            IndexWriterConfig config = new IndexWriterConfig(ChineseAnalysis.analyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(64);
            writer = new IndexWriter(directory, config);
            if (id == null) {
                id = UUID.randomUUID().toString();
                commit();
            }
            searchers = new SearcherManager(writer, null);
        } catch (org.apache.lucene.store.LockObtainFailedException e) {
            throw new IllegalStateException("the search index in " + dir
                    + " is in use by another process: stop the web application first", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + dir, e);
        }
    }

    private IndexWriter writer() {
        open();
        return writer;
    }

    private void commit() throws IOException {
        writer.setLiveCommitData(Map.of(ID_KEY, id).entrySet());
        writer.commit();
    }

    @Override
    public synchronized void index(SearchDocument d) {
        try {
            writer().updateDocument(new Term(Fields.ID, Long.toString(d.documentId())), toLucene(d));
            commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void delete(long documentId) {
        try {
            writer().deleteDocuments(new Term(Fields.ID, Long.toString(documentId)));
            commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized long rebuild(Iterator<SearchDocument> documents) {
        try {
            IndexWriter w = writer();
            w.deleteAll();
            long n = 0;
            while (documents.hasNext()) {
                w.addDocument(toLucene(documents.next()));
                n++;
            }
            commit();
            searchers.maybeRefreshBlocking();
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public long count() {
        return withSearcher(s -> (long) s.getIndexReader().numDocs());
    }

    @Override
    public String name() {
        open();
        return "lucene:" + id;
    }

    @Override
    public SearchResults search(SearchQuery q) {
        QueryText text = QueryText.parse(q.text());
        Query scoring = queries.text(text);
        Query full = queries.full(scoring, q, true);
        boolean byDate = q.sort() == SearchQuery.Sort.DATE || text.isEmpty() && text.documentNumber() == null;
        return withSearcher(s -> {
            int depth = q.page() * q.size();
            TopDocs top = byDate
                    ? s.search(full, depth, new Sort(new SortField(Fields.DATE, SortField.Type.LONG, true),
                    SortField.FIELD_SCORE), true)
                    : s.search(full, depth);
            int from = Math.min((q.page() - 1) * q.size(), top.scoreDocs.length);
            ScoreDoc[] pageDocs = Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
            TopDocs page = new TopDocs(top.totalHits, pageDocs);
            Snippets.Highlighted h = snippets.highlight(s, scoring, page);
            List<SearchHit> hits = new ArrayList<>();
            for (int i = 0; i < pageDocs.length; i++) {
                Document doc = s.storedFields().document(pageDocs[i].doc);
                hits.add(hit(doc, h.titles()[i], Snippets.choose(h.bodies()[i], h.attachments()[i]), pageDocs[i].score));
            }
            OpennessCounter counter = new OpennessCounter();
            s.search(queries.full(scoring, q, false), counter);
            Map<String, Long> counts = counter.counts();
            long total = q.opennessClass() == null || q.opennessClass().isBlank() ? counter.total()
                    : counts.getOrDefault(q.opennessClass(), 0L);
            return new SearchResults(hits, total, q.page(), q.size(), counts);
        });
    }

    private static SearchHit hit(Document doc, String titleHtml, String snippet, float score) {
        String number = doc.get(Fields.NUMBER);
        return new SearchHit(Long.parseLong(doc.get(Fields.ID)), doc.get(Fields.TITLE), titleHtml,
                number == null || number.isEmpty() ? null : number, Long.parseLong(doc.get(Fields.ORG)),
                LocalDate.ofEpochDay(doc.getField(Fields.DATE).numericValue().longValue()), snippet,
                Float.isNaN(score) ? 0f : score);
    }

    private interface SearcherWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        open();
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return work.run(s);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document toLucene(SearchDocument d) {
        Document doc = new Document();
        doc.add(new StringField(Fields.ID, Long.toString(d.documentId()), Field.Store.YES));
        doc.add(new StoredField(Fields.EDITION, d.editionId()));
        doc.add(new Field(Fields.TITLE, nullToEmpty(d.title()), TEXT_WITH_OFFSETS));
        doc.add(new Field(Fields.BODY, nullToEmpty(d.body()), TEXT_WITH_OFFSETS));
        doc.add(new Field(Fields.ATTACHMENTS, nullToEmpty(d.attachmentText()), TEXT_WITH_OFFSETS));
        String number = DocumentNumbers.normalise(d.documentNumber());
        doc.add(new TextField(Fields.NUMBER, nullToEmpty(d.documentNumber()), Field.Store.YES));
        if (!number.isEmpty()) {
            doc.add(new StringField(Fields.NUMBER_EXACT, number, Field.Store.NO));
        }
        doc.add(new StringField(Fields.ORG, Long.toString(d.organisationId()), Field.Store.YES));
        for (Long ancestor : d.organisationPath()) {
            doc.add(new StringField(Fields.ORG_PATH, ancestor.toString(), Field.Store.NO));
        }
        keyword(doc, Fields.OPENNESS, d.opennessClass());
        if (d.opennessClass() != null && !d.opennessClass().isBlank()) {
            doc.add(new SortedDocValuesField(Fields.OPENNESS, new BytesRef(d.opennessClass())));
        }
        keyword(doc, Fields.THEME, d.theme() == null ? null : d.theme().strip());
        keyword(doc, Fields.VALIDITY, d.validity());
        keyword(doc, Fields.YEAR, Integer.toString(d.publishDate().getYear()));
        doc.add(new NumericDocValuesField(Fields.DATE, d.publishDate().toEpochDay()));
        doc.add(new StoredField(Fields.DATE, d.publishDate().toEpochDay()));
        return doc;
    }

    private static void keyword(Document doc, String field, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new StringField(field, value, Field.Store.YES));
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
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
