package org.gongkai.search;

import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The search contract on the in-process Lucene index, in a temporary directory. */
class LuceneSearchIndexContractTest extends SearchIndexContract {

    @TempDir
    Path dir;

    @Override
    SearchIndex newIndex() {
        return new LuceneSearchIndex(dir);
    }

    @Override
    void dispose(SearchIndex index) {
        ((LuceneSearchIndex) index).close();
    }
}
