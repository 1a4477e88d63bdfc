package org.gongkai.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The address of the client behind the current request, or null outside a request (jobs, command line).
 * X-Forwarded-For is honoured only when {@code gongkai.audit.trust-proxy} is true, that is when the application
 * is reachable only through our own reverse proxy; otherwise any client could write what it likes there.
 */
@Component
class ClientAddress {

    private static final int MAX_LENGTH = 100;

    private final boolean trustProxy;

    ClientAddress(@Value("${gongkai.audit.trust-proxy:false}") boolean trustProxy) {
        this.trustProxy = trustProxy;
    }

    String current() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs)) {
            return null;
        }
        return of(attrs.getRequest());
    }

    String of(HttpServletRequest request) {
        if (trustProxy) {
            String forwarded = fromForwardedFor(request.getHeader("X-Forwarded-For"));
            if (forwarded != null) {
                return forwarded;
            }
        }
        return clip(request.getRemoteAddr());
    }

    /**
     * The right-most address: the one our proxy appended for the peer it saw. Addresses further left were
     * supplied by the client or by proxies we do not control.
     */
    static String fromForwardedFor(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String[] hops = header.split(",");
        String last = hops[hops.length - 1].trim();
        return last.matches("[0-9A-Za-z:.%_\\[\\]-]{2,100}") ? last : null;
    }

    private static String clip(String s) {
        return s == null || s.length() <= MAX_LENGTH ? s : s.substring(0, MAX_LENGTH);
    }
}
