package org.gongkai.application;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Map;

/**
 * The optional applicant account (我的申请): register with an e-mail and a password, sign in, see every application
 * joined to the account. No account is needed to apply or to follow an application.
 */
@Controller
class MyApplicationPages {

    /** A line of the applicant's list. */
    record MyApplication(DisclosureApplication app, String organisationName) {
    }

    private final ApplicantAccounts accounts;
    private final ApplicationStore store;
    private final OrganisationDirectory organisations;
    private final RateLimit rateLimit;

    MyApplicationPages(ApplicantAccounts accounts, ApplicationStore store, OrganisationDirectory organisations,
                             RateLimit rateLimit) {
        this.accounts = accounts;
        this.store = store;
        this.organisations = organisations;
        this.rateLimit = rateLimit;
    }

    static Long signedIn(HttpSession session) {
        return ApplicantSession.current(session);
    }

    @GetMapping("/my")
    String my(HttpServletRequest request, Model model) {
        Long account = signedIn(request.getSession(false));
        if (account == null) {
            model.addAttribute("errors", Map.of());
            return "application/my-signin";
        }
        return list(account, model);
    }

    private String list(long account, Model model) {
        List<MyApplication> apps = accounts.applicationsOf(account).stream()
                .flatMap(id -> store.find(id).stream())
                .map(a -> new MyApplication(a, organisations.get(a.organisationId()).name())).toList();
        model.addAttribute("email", accounts.email(account).orElse(""));
        model.addAttribute("applications", apps);
        return "application/my";
    }

    @PostMapping("/my/register")
    String register(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String password,
                    @RequestParam(defaultValue = "") String confirm, HttpServletRequest request,
                    HttpServletResponse response, Model model) {
        if (!rateLimit.tryTake(RateLimit.Purpose.SUBMIT, request.getRemoteAddr())) {
            return refuse(response, model, HttpStatus.TOO_MANY_REQUESTS, Map.of("form", "app.error.rateLimited"), email);
        }
        try {
            long id = accounts.register(email, password, confirm);
            signIn(request, id);
            return "redirect:/my";
        } catch (InvalidInputException e) {
            return refuse(response, model, HttpStatus.BAD_REQUEST, e.fieldErrors(), email);
        }
    }

    @PostMapping("/my/login")
    String login(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String password,
                 HttpServletRequest request, HttpServletResponse response, Model model) {
        if (!rateLimit.tryTake(RateLimit.Purpose.LOOKUP, request.getRemoteAddr())) {
            return refuse(response, model, HttpStatus.TOO_MANY_REQUESTS, Map.of("form", "app.error.rateLimited"), email);
        }
        try {
            return accounts.signIn(email, password).map(id -> {
                signIn(request, id);
                return "redirect:/my";
            }).orElseGet(() -> refuse(response, model, HttpStatus.BAD_REQUEST, Map.of("login", "app.account.signIn.failed"), email));
        } catch (ConflictException e) {
            return refuse(response, model, HttpStatus.CONFLICT, Map.of("login", e.getMessage()), email);
        }
    }

    @PostMapping("/my/logout")
    String logout(HttpServletRequest request) {
        ApplicantSession.signOut(request.getSession(false));
        return "redirect:/my";
    }

    @PostMapping("/my/link")
    String link(@RequestParam(defaultValue = "") String trackingNumber, @RequestParam(defaultValue = "") String queryCode,
                HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Long account = signedIn(request.getSession(false));
        if (account == null) {
            return "redirect:/my";
        }
        if (!rateLimit.tryTake(RateLimit.Purpose.LOOKUP, request.getRemoteAddr())) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("linkError", "app.error.rateLimited");
            return list(account, model);
        }
        try {
            if (accounts.link(account, trackingNumber, queryCode)) {
                redirect.addFlashAttribute("notice", "app.account.linked");
                return "redirect:/my";
            }
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("linkError", "app.account.link.notFound");
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("linkError", e.getMessage());
        }
        return list(account, model);
    }

    private static void signIn(HttpServletRequest request, long accountId) {
        ApplicantSession.signIn(request, accountId);
    }

    private static String refuse(HttpServletResponse response, Model model, HttpStatus status, Map<String, String> errors,
                                 String email) {
        response.setStatus(status.value());
        model.addAttribute("errors", errors);
        model.addAttribute("email", email);
        return "application/my-signin";
    }
}
