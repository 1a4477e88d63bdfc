package org.gongkai.portal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.util.Locale;

/**
 * Serves public pages from the {@link PageCache}: a hit answers the stored bytes (gzipped when the client takes
 * gzip) or 304 when the client's ETag matches; a miss lets the controller render, then keeps the page if the
 * controller marked it cacheable ({@link CacheTags}) and it is a plain 200 that sets no cookie.
 * <p>
 * It runs before the security filters, so a hit costs no more than a map lookup: every cached address is public,
 * and the headers the security filters wrote on the rendered page (CSP, frame and content-type options, referrer
 * policy) are stored with it and replayed.
 */
class PageCacheFilter extends OncePerRequestFilter {

    static final String CACHE_CONTROL = "public, no-cache";
    private static final int MAX_KEY = 2048;

    private final PageCache cache;
    private final ReadCounter reads;

    PageCacheFilter(PageCache cache, ReadCounter reads) {
        this.cache = cache;
        this.reads = reads;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.equals("/") || path.startsWith("/o/") || path.startsWith("/documents/")
                || path.equals("/sitemap.xml") || path.equals("/robots.txt"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = key(request);
        CachedPage hit = key == null ? null : cache.get(key);
        if (hit != null) {
            count(hit.readDocumentId());
            send(request, response, hit, "hit");
            return;
        }
        long generation = cache.generation();
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        // Revalidate by default; the security filters then add no Pragma/Expires of their own.
        wrapper.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        chain.doFilter(request, wrapper);
        boolean ok = wrapper.getStatus() == HttpServletResponse.SC_OK;
        if (ok) {
            count(CacheTags.readDocument(request));
        }
        if (key != null && ok && CacheTags.cacheable(request) && wrapper.getHeaders(HttpHeaders.SET_COOKIE).isEmpty()
                && !response.isCommitted()) {
            CachedPage page = cache.put(key, generation, wrapper.getContentAsByteArray(), wrapper.getContentType(),
                    replayable(wrapper), CacheTags.tags(request), CacheTags.readDocument(request));
            send(request, response, page, "miss");
        } else {
            wrapper.copyBodyToResponse();
        }
    }

    private void count(Long documentId) {
        if (documentId != null) {
            reads.increment(documentId);
        }
    }

    private static void send(HttpServletRequest request, HttpServletResponse response, CachedPage page, String how)
            throws IOException {
        boolean gzip = acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        String etag = gzip ? page.gzipEtag() : page.etag();
        response.setHeader(HttpHeaders.ETAG, etag);
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        String path = request.getRequestURI();
        boolean feed = path.endsWith("/feed.atom") || path.endsWith("/feed.rss");
        response.setHeader(HttpHeaders.VARY, feed ? "Accept, Accept-Encoding, Cookie" : "Accept-Encoding, Cookie");
        response.setHeader("X-Page-Cache", how);
        for (CachedPage.Header h : page.headers()) {
            if (!response.containsHeader(h.name())) {
                response.addHeader(h.name(), h.value());
            }
        }
        if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), page)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(page.contentType());
        byte[] body = gzip ? page.gzip() : page.identity();
        if (gzip) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    /** Headers of a rendered page worth replaying: all but those about this one response's body and transfer. */
    private static java.util.List<CachedPage.Header> replayable(HttpServletResponse rendered) {
        java.util.List<CachedPage.Header> out = new java.util.ArrayList<>();
        for (String name : new java.util.LinkedHashSet<>(rendered.getHeaderNames())) {
            if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
                rendered.getHeaders(name).forEach(v -> out.add(new CachedPage.Header(name, v)));
            }
        }
        // Tomcat keeps Content-Language (set from the response locale) outside its header list.
        if (out.stream().noneMatch(h -> h.name().equalsIgnoreCase(HttpHeaders.CONTENT_LANGUAGE))) {
            out.add(new CachedPage.Header(HttpHeaders.CONTENT_LANGUAGE, rendered.getLocale().toLanguageTag()));
        }
        return out;
    }

    private static final java.util.Set<String> NOT_REPLAYED = java.util.Set.of("set-cookie", "content-length",
            "content-type", "content-encoding", "transfer-encoding", "date", "etag", "cache-control", "vary",
            "x-page-cache", "expires", "pragma", "last-modified", "connection", "keep-alive");

    /** The URL with its host, and the two cookies that change a public page: language and large text. */
    static String key(HttpServletRequest request) {
        StringBuilder k = new StringBuilder(128);
        k.append(String.valueOf(request.getServerName()).toLowerCase(Locale.ROOT)).append(':')
                .append(request.getServerPort()).append(request.getRequestURI());
        if (request.getQueryString() != null) {
            k.append('?').append(request.getQueryString());
        }
        k.append('|').append(cookie(request, "gongkai-lang")).append('|').append(cookie(request, DisplayPreferencePages.COOKIE));
        if (Feeds.wantsPage(request)) {
            k.append("|page"); // a feed answers a browser with a redirect, a reader with XML (Vary: Accept)
        }
        return k.length() > MAX_KEY ? null : k.toString();
    }

    private static String cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (name.equals(c.getName())) {
                    return c.getValue().length() > 20 ? "?" : c.getValue();
                }
            }
        }
        return "";
    }

    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] p = part.trim().split(";");
            if (p[0].trim().equalsIgnoreCase("gzip")) {
                return !(p.length > 1 && p[1].replace(" ", "").matches("q=0(\\.0*)?"));
            }
        }
        return false;
    }

    private static boolean matches(String ifNoneMatch, CachedPage page) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.trim();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals("*") || t.equals(page.etag()) || t.equals(page.gzipEtag())) {
                return true;
            }
        }
        return false;
    }
}
