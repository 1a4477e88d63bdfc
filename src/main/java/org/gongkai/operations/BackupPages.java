package org.gongkai.operations;

import org.gongkai.platform.audit.StaffAction;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.ForbiddenException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.util.Map;

/** /admin/operations/backups: the last successful and failed backups, the schedule, and "back up now" (SYSTEM_ADMIN). */
@Controller
class BackupPages {

    private final BackupService backups;
    private final BackupRuns runs;
    private final ApplicationEventPublisher events;
    private final org.springframework.transaction.support.TransactionTemplate tx;

    BackupPages(BackupService backups, BackupRuns runs, ApplicationEventPublisher events,
                         org.springframework.transaction.support.TransactionTemplate tx) {
        this.backups = backups;
        this.runs = runs;
        this.events = events;
        this.tx = tx;
    }

    @GetMapping("/admin/operations/backups")
    String page(StaffUser user, Model model) throws IOException {
        requireAdmin(user);
        model.addAttribute("lastSuccess", runs.last("SUCCEEDED").orElse(null));
        model.addAttribute("lastFailure", runs.last("FAILED").orElse(null));
        model.addAttribute("runs", runs.recent(20));
        model.addAttribute("directory", backups.directory().toString());
        model.addAttribute("cron", backups.settings().cron());
        model.addAttribute("scheduled", !"-".equals(backups.settings().cron()));
        model.addAttribute("keep", backups.settings().keep());
        model.addAttribute("archives", backups.archives().stream().map(p -> p.getFileName().toString()).toList());
        return "operations/backups";
    }

    @PostMapping("/admin/operations/backups")
    String backUpNow(StaffUser user, RedirectAttributes redirect) {
        requireAdmin(user);
        try {
            BackupWriter.Written w = backups.backUpNow("page");
            tx.executeWithoutResult(s -> events.publishEvent(new StaffAction(user.id(), user.username(),
                    user.organisationId(), "backup.create", "backup", w.file().getFileName().toString(), Map.of(),
                    Map.of("sha256", w.sha256(), "bytes", w.bytes()))));
            redirect.addAttribute("done", w.file().getFileName().toString());
        } catch (IOException | RuntimeException e) {
            redirect.addAttribute("failed", "1");
        }
        return "redirect:/admin/operations/backups";
    }

    private static void requireAdmin(StaffUser user) {
        if (!user.has(Role.SYSTEM_ADMIN)) {
            throw new ForbiddenException("operations.noPermission");
        }
    }
}
