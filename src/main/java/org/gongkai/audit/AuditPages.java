package org.gongkai.audit;

import org.gongkai.identity.StaffUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.LocalDate;
import java.util.Map;

/** The audit administrator's pages: the log with filters, one entry, and verifying the chain. */
@Controller
@RequestMapping("/admin/audit")
class AuditPages {

    private final AuditReader reader;
    private final MessageSource messages;
    private final AuditLabels labels;

    AuditPages(AuditReader reader, MessageSource messages, AuditLabels labels) {
        this.reader = reader;
        this.messages = messages;
        this.labels = labels;
    }

    @GetMapping
    String list(StaffUser user, @RequestParam(required = false) String actor,
                @RequestParam(required = false) String action, @RequestParam(required = false) String org,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(defaultValue = "1") int page, Model model) {
        AuditFilter filter = new AuditFilter(actor, action, org, from, to);
        AuditReader.Scope scope = reader.scope(user);
        AuditReader.Page found = reader.search(user, filter, page);
        Map<Long, String> names = scope.names();
        String system = systemLabel();
        model.addAttribute("filter", filter);
        model.addAttribute("scope", scope);
        model.addAttribute("found", found);
        model.addAttribute("rows", found.entries().stream().map(e -> EntryView.of(e, reader.zone(), names, system, labels, LocaleContextHolder.getLocale())).toList());
        model.addAttribute("prevUrl", found.page() > 1 ? pageUrl(filter, found.page() - 1) : null);
        model.addAttribute("nextUrl", found.page() < found.pages() ? pageUrl(filter, found.page() + 1) : null);
        return "audit/list";
    }

    @GetMapping("/{id}")
    String entry(StaffUser user, @PathVariable long id, Model model) {
        AuditReader.Scope scope = reader.scope(user);
        EntryView view = EntryView.of(reader.entry(user, id), reader.zone(), scope.names(), systemLabel(), labels,
                LocaleContextHolder.getLocale());
        model.addAttribute("view", view);
        model.addAttribute("changes", view.changes());
        return "audit/entry";
    }

    @PostMapping("/verify")
    String verify(StaffUser user, Model model) {
        model.addAttribute("result", reader.verify(user));
        return "audit/verify";
    }

    private String systemLabel() {
        return messages.getMessage("audit.org.system", null, "system", LocaleContextHolder.getLocale());
    }

    private static String pageUrl(AuditFilter f, int page) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/admin/audit");
        f.used().forEach(b::queryParam);
        return b.queryParam("page", page).encode().build().toUriString();
    }
}
