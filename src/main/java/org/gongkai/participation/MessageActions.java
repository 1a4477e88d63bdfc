package org.gongkai.participation;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The forms on a message's page. Each goes back to the page: after success with a word of what was done, after
 * invalid input with the page re-rendered with the message next to the field (400). A stale version is a 409.
 */
@Controller
class MessageActions {

    private final HandleMessage handle;
    private final MessageInboxPages pages;
    private final MessageAttachments attachments;

    MessageActions(HandleMessage handle, MessageInboxPages pages, MessageAttachments attachments) {
        this.handle = handle;
        this.pages = pages;
        this.attachments = attachments;
    }

    @PostMapping("/admin/messages/{id}/attachments/{attachment}/public")
    String attachmentPublic(StaffUser user, @PathVariable long id, @PathVariable long attachment,
                            @RequestParam(defaultValue = "false") boolean confirm, HttpServletResponse response,
                            Model model) {
        return run(user, id, confirm ? "attachmentPublic" : "attachmentPrivate", response, model,
                () -> attachments.confirm(user, id, attachment, confirm));
    }

    @PostMapping("/admin/messages/{id}/assign")
    String assign(StaffUser user, @PathVariable long id, @RequestParam int version,
                  @RequestParam(required = false) Long department, @RequestParam(required = false) Long assignee,
                  HttpServletResponse response, Model model) {
        return run(user, id, "assigned", response, model,
                () -> handle.assign(user, id, version, department, assignee));
    }

    @PostMapping("/admin/messages/{id}/note")
    String note(StaffUser user, @PathVariable long id, @RequestParam(required = false) String note,
                HttpServletResponse response, Model model) {
        model.addAttribute("typedNote", note);
        return run(user, id, "noted", response, model, () -> handle.note(user, id, note));
    }

    @PostMapping("/admin/messages/{id}/transfer")
    String transfer(StaffUser user, @PathVariable long id, @RequestParam int version,
                    @RequestParam(required = false) Long toOrganisation, @RequestParam(required = false) String reason,
                    HttpServletResponse response, Model model) {
        model.addAttribute("typedReason", reason);
        return run(user, id, "transferred", response, model,
                () -> handle.transfer(user, id, version, toOrganisation, reason));
    }

    @PostMapping("/admin/messages/{id}/reply")
    String reply(StaffUser user, @PathVariable long id, @RequestParam int version,
                 @RequestParam(required = false) String reply, HttpServletResponse response, Model model) {
        model.addAttribute("typedReply", reply);
        return run(user, id, "replied", response, model, () -> handle.reply(user, id, version, reply));
    }

    @PostMapping("/admin/messages/{id}/publish")
    String publish(StaffUser user, @PathVariable long id, @RequestParam int version, HttpServletResponse response,
                   Model model) {
        return run(user, id, "published", response, model, () -> handle.publish(user, id, version));
    }

    @PostMapping("/admin/messages/{id}/second-look")
    String secondLook(StaffUser user, @PathVariable long id, @RequestParam int version,
                      @RequestParam(required = false) String secondLookReply, HttpServletResponse response, Model model) {
        model.addAttribute("typedSecondLook", secondLookReply);
        return run(user, id, "secondLook", response, model,
                () -> handle.answerSecondLook(user, id, version, secondLookReply));
    }

    @PostMapping("/admin/messages/{id}/invalid")
    String invalid(StaffUser user, @PathVariable long id, @RequestParam int version,
                   @RequestParam(required = false) String invalidReason, HttpServletResponse response, Model model) {
        return run(user, id, "setAside", response, model, () -> handle.markInvalid(user, id, version, invalidReason));
    }

    private String run(StaffUser user, long id, String done, HttpServletResponse response, Model model, Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            pages.fill(model, user, handle.readable(user, id), e.fieldErrors());
            return "participation/message";
        }
        return "redirect:/admin/messages/" + id + "?done=" + done;
    }
}
