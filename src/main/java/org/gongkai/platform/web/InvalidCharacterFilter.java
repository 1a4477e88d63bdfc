package org.gongkai.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A NUL character can be stored nowhere (PostgreSQL text refuses it) and has no business in a form: a request whose
 * parameters or path carry one is answered 400 at the door, for every module at once.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class InvalidCharacterFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (hasNul(request)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType(MediaType.TEXT_PLAIN_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("请求包含无效字符（NUL）。The request contains an invalid character (NUL).");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean hasNul(HttpServletRequest request) {
        if (request.getRequestURI().indexOf('\u0000') >= 0) {
            return true;
        }
        String contentType = request.getContentType();
        if (contentType != null && contentType.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)) {
            return false; // multipart parameters are read lazily by the handler; files may contain NUL bytes
        }
        for (Map.Entry<String, String[]> e : request.getParameterMap().entrySet()) {
            if (e.getKey().indexOf('\u0000') >= 0) {
                return true;
            }
            for (String v : e.getValue()) {
                if (v != null && v.indexOf('\u0000') >= 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
