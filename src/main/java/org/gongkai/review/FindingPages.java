package org.gongkai.review;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;

/**
 * The decision forms of the findings section. A decision returns to the document page; a refused one shows a short
 * page with the reason (400 or 409) and a way back.
 */
@Controller
@RequestMapping("/admin/documents/{id}/findings/{findingId}")
class FindingPages {

    private final ResolveFindings resolve;
    private final MessageSource messages;

    FindingPages(ResolveFindings resolve, MessageSource messages) {
        this.resolve = resolve;
        this.messages = messages;
    }

    @PostMapping("/redact")
    String redact(StaffUser user, @PathVariable long id, @PathVariable long findingId, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, findingId, model, response, redirect, () -> resolve.redact(user, id, findingId));
    }

    @PostMapping("/accept")
    String accept(StaffUser user, @PathVariable long id, @PathVariable long findingId,
                  @RequestParam(required = false) String reason, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        return act(id, findingId, model, response, redirect, () -> resolve.accept(user, id, findingId, reason));
    }

    private String act(long id, long findingId, Model model, HttpServletResponse response, RedirectAttributes redirect,
                       Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", "review.finding.decided");
            return "redirect:/admin/documents/" + id + "#finding-" + findingId;
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("errors", e.fieldErrors().values().stream().map(k -> message(k)).toList());
        } catch (ConflictException e) {
            response.setStatus(409);
            model.addAttribute("errors", List.of(message(e.getMessage(), e.args())));
        }
        model.addAttribute("documentId", id);
        return "review/finding-refused";
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
