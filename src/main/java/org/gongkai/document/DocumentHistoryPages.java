package org.gongkai.document;

import org.gongkai.identity.StaffUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A document's full history — every edition, who did what and when — and the diff between two editions. */
@Controller
@RequestMapping("/admin/documents/{id}")
class DocumentHistoryPages {

    private final DocumentQueries queries;

    DocumentHistoryPages(DocumentQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/history")
    String history(StaffUser user, @PathVariable long id, Model model) {
        DocumentView view = queries.view(user, id);
        model.addAttribute("view", view);
        model.addAttribute("revision", view.current());
        model.addAttribute("events", queries.history(user, id));
        model.addAttribute("redacted", queries.redactedEditions(user, id));
        return "document/history";
    }

    /** A redacted revision beside the unredacted original (staff only: the original never reaches a public route). */
    @GetMapping("/redaction/{revisionId}")
    String redaction(StaffUser user, @PathVariable long id, @PathVariable long revisionId, Model model) {
        DocumentView view = queries.view(user, id);
        var pair = queries.redaction(user, id, revisionId);
        model.addAttribute("view", view);
        model.addAttribute("revision", view.current());
        model.addAttribute("redaction", true);
        model.addAttribute("diff", EditionDiff.compare(pair.get(0), pair.get(1)));
        return "document/diff";
    }

    @GetMapping("/diff")
    String diff(StaffUser user, @PathVariable long id, @RequestParam int a, @RequestParam int b, Model model) {
        DocumentView view = queries.view(user, id);
        model.addAttribute("view", view);
        model.addAttribute("revision", view.current());
        model.addAttribute("a", a);
        model.addAttribute("b", b);
        model.addAttribute("diff", EditionDiff.compare(queries.revisionOf(user, id, a), queries.revisionOf(user, id, b)));
        return "document/diff";
    }
}
