package org.gongkai.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The API's only way in: {@code Authorization: Bearer <personal token>}. A browser never adds that header to a
 * cross-site request, and the API never asks a browser for credentials, so no page on another site can drive it.
 * A state-changing call without a token is refused outright when it carries cookies or a content type an HTML form
 * can send (form, multipart, text/plain) — even on the public paths; a read-scope token cannot change anything.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data",
            "text/plain");

    private final ApiTokenAuthenticator authenticator;

    BearerTokenFilter(ApiTokenAuthenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean unsafe = !SAFE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT));
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            if (unsafe && (header != null || hasCookies(request) || formLike(request.getContentType()))) {
                refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "A state-changing API call needs a Bearer token.");
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiTokenAuthenticator.Caller> caller = authenticator.authenticate(header.substring(7).strip());
        if (caller.isEmpty()) {
            refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "The API token is unknown, expired or revoked.");
            return;
        }
        if (unsafe && !caller.get().mayWrite()) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN, "This API token may only read.");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(caller.get().authentication());
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static boolean hasCookies(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.COOKIE) != null;
    }

    static boolean formLike(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return FORM_TYPES.contains(type);
    }

    /** JSON like every other API error, and a Bearer challenge: a browser has no dialog for that one. */
    static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"gongkai\"");
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"status\":" + status + ",\"message\":\"" + message + "\",\"fields\":{}}");
    }
}
