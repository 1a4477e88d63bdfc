package org.gongkai.search;

import org.gongkai.platform.GongkaiProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The search backend: Lucene in {@code <data dir>/index} unless {@code GONGKAI_SEARCH=opensearch} names OpenSearch
 * (ADR 0027).
 */
@Configuration
class SearchConfig {

    @Bean(destroyMethod = "close")
    SearchIndex searchIndex(GongkaiProperties props, SearchSettings settings) {
        if (settings.openSearch()) {
            return OpenSearchSearchIndex.connect(settings.url(), settings.user(), settings.password(), settings.index());
        }
        return new LuceneSearchIndex(props.dataDir().toAbsolutePath().resolve("index"));
    }
}
