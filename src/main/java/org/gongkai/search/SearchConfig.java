package org.gongkai.search;

import org.gongkai.platform.GongkaiProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The search backend: Lucene in {@code <data dir>/index}. */
@Configuration
class SearchConfig {

    @Bean(destroyMethod = "close")
    LuceneSearchIndex searchIndex(GongkaiProperties props) {
        return new LuceneSearchIndex(props.dataDir().toAbsolutePath().resolve("index"));
    }
}
