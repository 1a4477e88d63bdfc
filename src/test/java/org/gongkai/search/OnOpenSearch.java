package org.gongkai.search;

import org.springframework.test.context.TestPropertySource;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The application's search on OpenSearch ({@code GONGKAI_SEARCH=opensearch}) at {@code GONGKAI_SEARCH_URL} (default
 * {@code http://localhost:9200}), under an alias of its own per run. Every class with it shares one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@TestPropertySource(properties = {
        "gongkai.search.backend=opensearch",
        "gongkai.search.url=${GONGKAI_SEARCH_URL:http://localhost:9200}",
        "gongkai.search.index=gongkai-it-${random.uuid}"})
@interface OnOpenSearch {
}
