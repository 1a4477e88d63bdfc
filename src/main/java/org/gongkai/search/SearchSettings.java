package org.gongkai.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.Locale;

/**
 * Settings of the search backend ({@code gongkai.search.*}; ADR 0027).
 *
 * @param backend  {@code lucene} (default: an index in the data directory) or {@code opensearch}
 *                 ({@code GONGKAI_SEARCH})
 * @param url      the OpenSearch endpoint, e.g. {@code http://localhost:9200} ({@code GONGKAI_SEARCH_URL})
 * @param user     basic-auth user, if the cluster asks for one ({@code GONGKAI_SEARCH_USER})
 * @param password its password ({@code GONGKAI_SEARCH_PASSWORD})
 * @param index    the alias searched and written; each rebuild creates {@code <index>-<time>-<random>} behind it
 */
@ConfigurationProperties(prefix = "gongkai.search")
record SearchSettings(@DefaultValue("lucene") String backend, String url, String user, String password,
                      @DefaultValue("gongkai") String index) {

    SearchSettings {
        backend = backend == null || backend.isBlank() ? "lucene" : backend.strip().toLowerCase(Locale.ROOT);
        if (!backend.equals("lucene") && !backend.equals("opensearch")) {
            throw new IllegalArgumentException("gongkai.search.backend (GONGKAI_SEARCH) must be lucene or opensearch, not "
                    + backend);
        }
        if (backend.equals("opensearch") && (url == null || url.isBlank())) {
            throw new IllegalArgumentException("GONGKAI_SEARCH=opensearch needs GONGKAI_SEARCH_URL (e.g. http://localhost:9200)");
        }
        index = index == null || index.isBlank() ? "gongkai" : index.strip().toLowerCase(Locale.ROOT);
    }

    boolean openSearch() {
        return backend.equals("opensearch");
    }
}
