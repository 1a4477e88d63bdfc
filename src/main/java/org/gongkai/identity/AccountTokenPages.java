package org.gongkai.identity;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.platform.web.InvalidInputException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.gongkai.platform.Zones;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.Duration;
import java.util.Map;
import java.util.TreeSet;

/** The staff member's own account page: a link to change the password, and their personal API tokens. */
@Controller
class AccountTokenPages {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Zones.CHINA);

    /** A token as the page lists it; status is active, expired or revoked. */
    record Row(long id, String name, String hint, String scopeKey, String created, String expires, String lastUsed,
               String status) {
    }

    private final ApiTokens tokens;
    private final Clock clock;

    AccountTokenPages(ApiTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @GetMapping("/account")
    String page(StaffUser user, Model model, HttpServletResponse response) {
        return page(user, "", "READ", "90", Map.of(), model, response);
    }

    @PostMapping("/account/tokens")
    String create(StaffUser user, @RequestParam(defaultValue = "") String name,
                  @RequestParam(defaultValue = "") String scope, @RequestParam(defaultValue = "") String days,
                  Model model, HttpServletResponse response) {
        ApiTokenScope wanted = "WRITE".equals(scope) ? ApiTokenScope.WRITE : "READ".equals(scope) ? ApiTokenScope.READ : null;
        Integer d = days.matches("\\d{1,3}") && ApiTokens.VALIDITY_DAYS.contains(Integer.parseInt(days))
                ? Integer.parseInt(days) : null;
        try {
            ApiTokens.Issued issued = tokens.issue(user, name, wanted, d == null ? null : Duration.ofDays(d));
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            model.addAttribute("issued", issued);
            return "identity/token-created";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(user, name, scope, days, e.fieldErrors(), model, response);
        }
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(StaffUser user, @PathVariable long id) {
        tokens.revoke(user, id);
        return "redirect:/account?revoked=" + id;
    }

    private static String time(Instant instant) {
        return instant == null ? null : TIME.format(instant);
    }

    private String page(StaffUser user, String name, String scope, String days, Map<String, String> errors, Model model,
                        HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("me", user);
        Instant now = clock.instant();
        model.addAttribute("tokens", tokens.list(user).stream().map(t -> new Row(t.id(), t.name(), t.hint(),
                t.scope().labelKey(), time(t.createdAt()), time(t.expiresAt()), time(t.lastUsedAt()),
                t.revokedAt() != null ? "revoked" : t.active(now) ? "active" : "expired")).toList());
        model.addAttribute("name", name);
        model.addAttribute("scope", scope);
        model.addAttribute("days", days);
        model.addAttribute("validities", new TreeSet<>(ApiTokens.VALIDITY_DAYS));
        model.addAttribute("errors", errors);
        return "identity/account";
    }
}
