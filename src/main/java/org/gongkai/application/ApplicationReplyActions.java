package org.gongkai.application;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.identity.StaffUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.util.Arrays;

import static org.gongkai.application.OfficeActionRunner.typed;

/** The reply to an application (Art. 36): one outcome, final. Delivery of the reply is {@link ReplyDeliveryActions}'s. */
@Controller
class ApplicationReplyActions {

    private final OfficeActionRunner actions;
    private final ReplyToApplication reply;

    ApplicationReplyActions(OfficeActionRunner actions, ReplyToApplication reply) {
        this.actions = actions;
        this.reply = reply;
    }

    @PostMapping("/admin/applications/{id}/reply")
    String reply(StaffUser user, @PathVariable long id, @RequestParam(required = false) String outcome,
                 @RequestParam(required = false) String text,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                 Model model, HttpServletResponse res) {
        ReplyOutcome chosen = Arrays.stream(ReplyOutcome.values()).filter(o -> o.name().equals(outcome)).findFirst()
                .orElse(null);
        return actions.run(user, id, model, res, typed("outcome", outcome, "text", text,
                        "on", on == null ? null : on.toString()),
                () -> reply.reply(user, id, chosen, text, on));
    }
}
