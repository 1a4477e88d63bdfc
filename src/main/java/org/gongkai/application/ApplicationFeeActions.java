package org.gongkai.application;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.identity.StaffUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.util.Map;

/** The fee actions of an application's page: notice, payment, and closing an application not paid in time. */
@Controller
@RequestMapping("/admin/applications/{id}/fee")
class ApplicationFeeActions {

    private final OfficeActionRunner actions;
    private final FeeNotice fees;

    ApplicationFeeActions(OfficeActionRunner actions, FeeNotice fees) {
        this.actions = actions;
        this.fees = fees;
    }

    @PostMapping
    String feeNotice(StaffUser user, @PathVariable long id, @RequestParam(required = false) FeeMethod method,
                     @RequestParam(required = false) Integer pages,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                     Model model, HttpServletResponse res) {
        return actions.run(user, id, model, res, Map.of(), () -> fees.notice(user, id, method, pages, on));
    }

    @PostMapping("/paid")
    String feePaid(StaffUser user, @PathVariable long id,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                   Model model, HttpServletResponse res) {
        return actions.run(user, id, model, res, Map.of(), () -> fees.paid(user, id, on));
    }

    @PostMapping("/lapse")
    String feeLapse(StaffUser user, @PathVariable long id,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                    Model model, HttpServletResponse res) {
        return actions.run(user, id, model, res, Map.of(), () -> fees.lapse(user, id, on));
    }
}
