package org.gongkai.identity;

import org.gongkai.platform.audit.StaffAction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.LinkedHashMap;
import java.util.Map;

/** Sign-in page and the page where staff change their password. */
@Controller
class AccountPages {

    private final StaffAccounts accounts;
    private final PasswordEncoder encoder;
    /** The current password and this many before it may not be chosen again. */
    static final int HISTORY = 5;

    private final ApplicationEventPublisher events;
    private final PasswordHistory history;
    private final StaffSessions sessions;

    AccountPages(StaffAccounts accounts, PasswordEncoder encoder, ApplicationEventPublisher events,
                      PasswordHistory history, StaffSessions sessions) {
        this.history = history;
        this.sessions = sessions;
        this.accounts = accounts;
        this.encoder = encoder;
        this.events = events;
    }

    @GetMapping("/login")
    String login() {
        return "identity/login";
    }

    @GetMapping("/account/password")
    String passwordForm() {
        return "identity/password";
    }

    @PostMapping("/account/password")
    @Transactional
    String changePassword(StaffUser user, @RequestParam(defaultValue = "") String current,
                          @RequestParam(defaultValue = "") String password,
                          @RequestParam(defaultValue = "") String confirm, Model model, HttpServletRequest request,
                          HttpServletResponse response) {
        StaffAccounts.Account account = accounts.findByUsername(user.username()).orElseThrow();
        Map<String, String> errors = new LinkedHashMap<>();
        if (!encoder.matches(current, account.passwordHash())) {
            errors.put("current", "password.currentWrong");
        }
        String problem = PasswordPolicy.problem(password, user.username());
        if (problem != null) {
            errors.put("password", problem);
        } else if (!password.equals(confirm)) {
            errors.put("confirm", "password.mismatch");
        } else if (encoder.matches(password, account.passwordHash())) {
            errors.put("password", "password.same");
        } else if (history.recent(user.id(), HISTORY - 1).stream().anyMatch(old -> encoder.matches(password, old))) {
            errors.put("password", "password.reused");
        }
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "identity/password";
        }
        history.remember(user.id(), account.passwordHash(), HISTORY - 1);
        accounts.changePassword(user.id(), encoder.encode(password));
        HttpSession session = request.getSession(false);
        int ended = sessions.endSessions(user.username(), session == null ? null : session.getId());
        events.publishEvent(new StaffAction(user.id(), user.username(), user.organisationId(), "account.password.change",
                "staff_user", String.valueOf(user.id()), Map.of(), Map.of("otherSessionsEnded", ended)));
        return "redirect:/admin?passwordChanged";
    }
}
