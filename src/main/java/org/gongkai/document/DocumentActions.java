package org.gongkai.document;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.Zones;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/** The workflow buttons of the document page. A refused action shows the page again with the reason. */
@Controller
@RequestMapping("/admin/documents/{id}")
class DocumentActions {

    private final SubmitForReview submit;
    private final ReviewEdition review;
    private final PublishEdition publish;
    private final StartNewEdition newEdition;
    private final WithdrawOrRemove withdrawOrRemove;
    private final AttachFile attach;
    private final DocumentQueries queries;
    private final DocumentFormModel formModel;
    private final MessageSource messages;

    DocumentActions(SubmitForReview submit, ReviewEdition review, PublishEdition publish, StartNewEdition newEdition,
                    WithdrawOrRemove withdrawOrRemove, AttachFile attach, DocumentQueries queries,
                    DocumentFormModel formModel, MessageSource messages) {
        this.submit = submit;
        this.review = review;
        this.publish = publish;
        this.newEdition = newEdition;
        this.withdrawOrRemove = withdrawOrRemove;
        this.attach = attach;
        this.queries = queries;
        this.formModel = formModel;
        this.messages = messages;
    }

    @PostMapping("/submit")
    String submit(StaffUser user, @PathVariable long id, Model model, HttpServletResponse res, RedirectAttributes r) {
        return act(user, id, model, res, r, "doc.submitted", () -> submit.submit(user, id));
    }

    @PostMapping("/approve")
    String approve(StaffUser user, @PathVariable long id, @RequestParam(required = false) String opinion, Model model,
                   HttpServletResponse res, RedirectAttributes r) {
        return act(user, id, model, res, r, "doc.approved", () -> review.approve(user, id, opinion));
    }

    @PostMapping("/reject")
    String reject(StaffUser user, @PathVariable long id, @RequestParam(required = false) String opinion, Model model,
                  HttpServletResponse res, RedirectAttributes r) {
        return act(user, id, model, res, r, "doc.rejected", () -> review.reject(user, id, opinion));
    }

    @PostMapping("/send-back")
    String sendBack(StaffUser user, @PathVariable long id, @RequestParam(required = false) String opinion, Model model,
                    HttpServletResponse res, RedirectAttributes r) {
        return act(user, id, model, res, r, "doc.sentBack", () -> review.sendBack(user, id, opinion));
    }

    @PostMapping("/publish")
    String publishNow(StaffUser user, @PathVariable long id, Model model, HttpServletResponse res, RedirectAttributes r) {
        return act(user, id, model, res, r, "doc.published", () -> publish.publishNow(user, id));
    }

    @PostMapping("/schedule")
    String schedule(StaffUser user, @PathVariable long id, @RequestParam(required = false) String scheduledFor,
                    Model model, HttpServletResponse res, RedirectAttributes r) {
        return act(user, id, model, res, r, "doc.scheduled", () -> publish.schedule(user, id, parse(scheduledFor)));
    }

    @PostMapping("/unschedule")
    String unschedule(StaffUser user, @PathVariable long id, Model model, HttpServletResponse res, RedirectAttributes r) {
        return act(user, id, model, res, r, "doc.unscheduled", () -> publish.unschedule(user, id));
    }

    @PostMapping("/new-edition")
    String startEdition(StaffUser user, @PathVariable long id, Model model, HttpServletResponse res, RedirectAttributes r) {
        return act(user, id, model, res, r, "doc.editionStarted", () -> newEdition.start(user, id));
    }

    @PostMapping("/withdraw")
    String withdraw(StaffUser user, @PathVariable long id, @RequestParam(required = false) String reason, Model model,
                    HttpServletResponse res, RedirectAttributes r) {
        return act(user, id, model, res, r, "doc.withdrawn", () -> withdrawOrRemove.withdraw(user, id, reason));
    }

    @PostMapping("/remove")
    String remove(StaffUser user, @PathVariable long id, @RequestParam(required = false) String reason, Model model,
                  HttpServletResponse res, RedirectAttributes r) {
        return act(user, id, model, res, r, "doc.removed", () -> withdrawOrRemove.remove(user, id, reason));
    }

    @PostMapping("/attachments")
    String upload(StaffUser user, @PathVariable long id, @RequestParam(required = false) MultipartFile file,
                  @RequestParam(defaultValue = "-1") int lockVersion, Model model, HttpServletResponse res,
                  RedirectAttributes r) {
        return act(user, id, model, res, r, "doc.attached", () -> {
            if (file == null || file.isEmpty()) {
                throw InvalidInputException.of("file", "attachment.empty");
            }
            try (InputStream in = file.getInputStream()) {
                attach.attach(user, id, lockVersion, file.getOriginalFilename(), in);
            } catch (IOException e) {
                throw InvalidInputException.of("file", "attachment.readFailed");
            }
        });
    }

    @PostMapping("/attachments/{attachmentId}/delete")
    String detach(StaffUser user, @PathVariable long id, @PathVariable long attachmentId,
                  @RequestParam(defaultValue = "-1") int lockVersion, Model model, HttpServletResponse res,
                  RedirectAttributes r) {
        return act(user, id, model, res, r, "doc.detached", () -> attach.detach(user, id, lockVersion, attachmentId));
    }

    private String act(StaffUser user, long id, Model model, HttpServletResponse res, RedirectAttributes redirect,
                       String doneKey, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", doneKey);
            return "redirect:/admin/documents/" + id;
        } catch (InvalidInputException e) {
            res.setStatus(400);
            formModel.fillView(model, user, queries.view(user, id));
            model.addAttribute("actionErrors", e.fieldErrors().values().stream().map(this::message).toList());
            return "document/view";
        } catch (ConflictException e) {
            res.setStatus(409);
            formModel.fillView(model, user, queries.view(user, id));
            model.addAttribute("actionErrors", java.util.List.of(message(e.getMessage(), e.args())));
            return "document/view";
        }
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    private static java.time.Instant parse(String local) {
        if (local == null || local.isBlank()) {
            throw InvalidInputException.of("scheduledFor", "workflow.schedule.required");
        }
        try {
            return LocalDateTime.parse(local.strip()).atZone(Zones.CHINA).toInstant();
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("scheduledFor", "workflow.schedule.invalid");
        }
    }
}
