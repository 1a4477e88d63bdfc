package org.gongkai.portal;

import jakarta.servlet.http.HttpServletRequest;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a page being rendered depends on, noted by its controller on the request so that the {@link PageCacheFilter}
 * may keep the page, and a change evict exactly the pages that show it. A request without tags is not cached.
 * <ul>
 *   <li>{@code org:<id>} — the organisation's listings (home, catalog, columns, feeds, sections)</li>
 *   <li>{@code site:<id>} — the frame of every page of the organisation's site (links to its sections)</li>
 *   <li>{@code doc:<id>} — one document (its own page, and pages linking to it as related or replacing)</li>
 *   <li>{@code all} — everything public (the sitemap)</li>
 * </ul>
 */
final class CacheTags {

    static final String ALL = "all";
    private static final String ATTRIBUTE = CacheTags.class.getName();
    private static final String READ = CacheTags.class.getName() + ".read";
    private static final String NEVER = CacheTags.class.getName() + ".never";

    private CacheTags() {
    }

    static String organisation(long id) {
        return "org:" + id;
    }

    /** What every page of the organisation's site shows around its content (the section links). */
    static String site(long id) {
        return "site:" + id;
    }

    static String document(long id) {
        return "doc:" + id;
    }

    /** Marks the request's page as cacheable, depending on the tags. */
    static void add(HttpServletRequest request, String... tags) {
        tags(request).addAll(java.util.List.of(tags));
    }

    /** Marks the request's page as a read of the document (counted on every request, cached or not). */
    static void countsReadOf(HttpServletRequest request, long documentId) {
        request.setAttribute(READ, documentId);
    }

    @SuppressWarnings("unchecked")
    static Set<String> tags(HttpServletRequest request) {
        Object o = request.getAttribute(ATTRIBUTE);
        if (o == null) {
            Set<String> tags = new LinkedHashSet<>();
            request.setAttribute(ATTRIBUTE, tags);
            return tags;
        }
        return (Set<String>) o;
    }

    /** Marks the request's page as never cached, whatever tags it collected (search results). */
    static void never(HttpServletRequest request) {
        request.setAttribute(NEVER, Boolean.TRUE);
    }

    static boolean cacheable(HttpServletRequest request) {
        return request.getAttribute(NEVER) == null
                && request.getAttribute(ATTRIBUTE) instanceof Set<?> s && !s.isEmpty();
    }

    static Long readDocument(HttpServletRequest request) {
        return request.getAttribute(READ) instanceof Long id ? id : null;
    }
}
