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

import static org.gongkai.application.OfficeActionRunner.typed;

/**
 * The actions of an application's page that stop, restart or lengthen its clock: correction (Art. 30), third-party
 * consultation (Art. 32) and extension (Art. 33).
 */
@Controller
@RequestMapping("/admin/applications/{id}")
class ApplicationClockActions {

    private final OfficeActionRunner actions;
    private final RequestCorrection correction;
    private final ThirdPartyConsultation consultation;
    private final ExtendDeadline extension;

    ApplicationClockActions(OfficeActionRunner actions, RequestCorrection correction,
                            ThirdPartyConsultation consultation, ExtendDeadline extension) {
        this.actions = actions;
        this.correction = correction;
        this.consultation = consultation;
        this.extension = extension;
    }

    @PostMapping("/correction")
    String requestCorrection(StaffUser user, @PathVariable long id, @RequestParam(required = false) String items,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                             Model model, HttpServletResponse res) {
        return actions.run(user, id, model, res, typed("items", items), () -> correction.request(user, id, items, on));
    }

    @PostMapping("/correction/received")
    String correctionReceived(StaffUser user, @PathVariable long id, @RequestParam(required = false) String note,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                              Model model, HttpServletResponse res) {
        return actions.run(user, id, model, res, Map.of(), () -> correction.recordArrival(user, id, on, note));
    }

    @PostMapping("/correction/lapse")
    String correctionLapse(StaffUser user, @PathVariable long id,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                           Model model, HttpServletResponse res) {
        return actions.run(user, id, model, res, Map.of(), () -> correction.lapse(user, id, on));
    }

    @PostMapping("/consultation")
    String startConsultation(StaffUser user, @PathVariable long id, @RequestParam(required = false) String note,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                             Model model, HttpServletResponse res) {
        return actions.run(user, id, model, res, Map.of(), () -> consultation.start(user, id, on, note));
    }

    @PostMapping("/consultation/end")
    String endConsultation(StaffUser user, @PathVariable long id, @RequestParam(required = false) String note,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                           Model model, HttpServletResponse res) {
        return actions.run(user, id, model, res, Map.of(), () -> consultation.end(user, id, on, note));
    }

    @PostMapping("/extension")
    String requestExtension(StaffUser user, @PathVariable long id, @RequestParam(required = false) String reason,
                            Model model, HttpServletResponse res) {
        return actions.run(user, id, model, res, typed("reason", reason), () -> extension.request(user, id, reason));
    }

    @PostMapping("/extension/approve")
    String approveExtension(StaffUser user, @PathVariable long id, @RequestParam(required = false) String notice,
                            Model model, HttpServletResponse res) {
        return actions.run(user, id, model, res, typed("notice", notice), () -> extension.approve(user, id, notice));
    }
}
