package org.gongkai.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/** A one-time password (first start, reset) must be replaced before anything else in the back office. */
@Component
class PasswordChangeGate implements HandlerInterceptor {

    private final StaffAccounts accounts;

    PasswordChangeGate(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // the account page too: an API token must not outlive a one-time password someone else has seen
        boolean gated = path.startsWith("/admin") || path.startsWith("/account") && !path.startsWith("/account/password");
        if (!gated) {
            return true;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof StaffPrincipal p
                && accounts.findByUsername(p.getUsername()).map(StaffAccounts.Account::mustChangePassword).orElse(false)) {
            response.sendRedirect(request.getContextPath() + "/account/password");
            return false;
        }
        return true;
    }
}
