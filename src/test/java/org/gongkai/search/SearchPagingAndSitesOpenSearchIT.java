package org.gongkai.search;

/** {@link SearchPagingAndSitesTest} with the application's search on OpenSearch: paging, facets, site scope. */
@OnOpenSearch
class SearchPagingAndSitesOpenSearchIT extends SearchPagingAndSitesTest {
}
