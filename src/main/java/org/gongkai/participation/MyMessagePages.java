package org.gongkai.participation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.platform.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;

/**
 * 我的留言: the writer's messages in their account (the applicant account of {@code /my}, where they sign in). A
 * message joins when written while signed in, or here with its tracking number and query code. The writer sees each
 * exchange as on the tracking page — their text, the public history, the reply, their attachments' names — and only
 * their own: another account's message is 404.
 */
@Controller
class MyMessagePages {

    /** A line of the list. */
    record Line(CitizenMessage message, String organisationName) {
    }

    private final MessageAccounts accounts;
    private final MessageStore store;
    private final MessageCodes codes;
    private final MessageRateLimit rateLimit;
    private final OrganisationDirectory organisations;
    private final MessageAttachments attachments;

    MyMessagePages(MessageAccounts accounts, MessageStore store, MessageCodes codes, MessageRateLimit rateLimit,
                   OrganisationDirectory organisations, MessageAttachments attachments) {
        this.accounts = accounts;
        this.store = store;
        this.codes = codes;
        this.rateLimit = rateLimit;
        this.organisations = organisations;
        this.attachments = attachments;
    }

    @GetMapping("/my/messages")
    String list(@RequestParam(required = false) String site, HttpServletRequest request, Model model) {
        Long account = MessageAccounts.signedIn(request.getSession(false));
        if (account == null) {
            // sign-in is on /my; keep the site's frame when the visitor came from one
            return site != null && site.matches("[a-z0-9-]{1,60}") ? "redirect:/my?site=" + site : "redirect:/my";
        }
        return list(account, model);
    }

    private String list(long account, Model model) {
        List<Line> lines = accounts.messagesOf(account).stream().flatMap(id -> store.find(id).stream())
                .map(m -> new Line(m, organisations.get(m.organisationId()).name())).toList();
        model.addAttribute("email", accounts.email(account));
        model.addAttribute("lines", lines);
        return "participation/my-messages";
    }

    @GetMapping("/my/messages/{id}")
    String one(@PathVariable long id, HttpServletRequest request, Model model) {
        Long account = MessageAccounts.signedIn(request.getSession(false));
        if (account == null) {
            return "redirect:/my";
        }
        if (!accounts.holds(account, id)) {
            throw new NotFoundException("message", id);
        }
        CitizenMessage m = store.find(id).orElseThrow(() -> new NotFoundException("message", id));
        model.addAttribute("org", organisations.get(m.organisationId()));
        model.addAttribute("message", m);
        model.addAttribute("history", store.history(m.id(), true));
        model.addAttribute("attachments", attachments.of(m.id()));
        return "participation/my-message";
    }

    @PostMapping("/my/messages/link")
    String link(@RequestParam(defaultValue = "") String trackingNumber, @RequestParam(defaultValue = "") String queryCode,
                HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Long account = MessageAccounts.signedIn(request.getSession(false));
        if (account == null) {
            return "redirect:/my";
        }
        if (!rateLimit.tryTake(MessageRateLimit.Purpose.LOOKUP, request.getRemoteAddr())) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("linkError", "msg.error.rateLimited");
            return list(account, model);
        }
        String tracking = MessageCodes.normaliseTracking(trackingNumber);
        var m = tracking.length() > 24 ? java.util.Optional.<CitizenMessage>empty() : store.findByTrackingNumber(tracking);
        boolean ok = codes.matches(MessageCodes.normaliseCode(queryCode), m.map(CitizenMessage::queryCodeHash).orElse(null));
        if (!ok || m.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("linkError", "msg.my.link.notFound");
            model.addAttribute("trackingNumber", trackingNumber);
            return list(account, model);
        }
        var other = accounts.accountOf(m.get().id());
        if (other.isPresent() && other.get() != account.longValue()) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("linkError", "msg.my.link.otherAccount");
            return list(account, model);
        }
        accounts.join(account, m.get().id());
        redirect.addFlashAttribute("notice", "msg.my.linked");
        return "redirect:/my/messages";
    }
}
