package org.gongkai.search;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link SearchIndexingTest} with the application's search on OpenSearch: publication, withdrawal, repair, files. */
@OnOpenSearch
class SearchIndexingOpenSearchIT extends SearchIndexingTest {

    @Autowired SearchIndex searchIndex;

    @Test
    void theApplicationSearchesOpenSearch() {
        assertThat(searchIndex).isInstanceOf(OpenSearchSearchIndex.class);
        assertThat(searchIndex.name()).startsWith("opensearch:gongkai-it-");
    }
}
