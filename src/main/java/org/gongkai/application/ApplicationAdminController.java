package org.gongkai.application;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.NotFoundException;
import org.gongkai.platform.web.Page;
import org.springframework.core.io.FileSystemResource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The disclosure office's back office: queue, registration of offline applications, detail and transitions. */
@Controller
class ApplicationAdminController {

    static final int PAGE_SIZE = 30;

    private final ApplicationStore store;
    private final OfficeAccess access;
    private final OrganisationDirectory organisations;
    private final ClockKeeper clock;
    private final Today today;
    private final ReceiveApplication receive;
    private final RequestCorrection correction;
    private final ThirdPartyConsultation consultation;
    private final ExtendDeadline extension;
    private final FeeNotice fees;
    private final ReplyToApplication reply;
    private final ReplyLetter letters;
    private final ApplicantFiles files;
    private final ReplyFileStore replyFiles;
    private final ReplyMail mail;
    private final List<ApplicationPageSection> sections;

    ApplicationAdminController(ApplicationStore store, OfficeAccess access, OrganisationDirectory organisations,
                               ClockKeeper clock, Today today, ReceiveApplication receive, RequestCorrection correction,
                               ThirdPartyConsultation consultation, ExtendDeadline extension, FeeNotice fees,
                               ReplyToApplication reply, ReplyLetter letters, ApplicantFiles files,
                               ReplyFileStore replyFiles, ReplyMail mail, List<ApplicationPageSection> sections) {
        this.sections = sections;
        this.replyFiles = replyFiles;
        this.mail = mail;
        this.store = store;
        this.access = access;
        this.organisations = organisations;
        this.clock = clock;
        this.today = today;
        this.receive = receive;
        this.correction = correction;
        this.consultation = consultation;
        this.extension = extension;
        this.fees = fees;
        this.reply = reply;
        this.letters = letters;
        this.files = files;
    }

    /** A queue row with its urgency, for the page. */
    record QueueItem(QueueRow row, Integer workingDaysLeft, Urgency urgency) {
    }

    @GetMapping("/admin/applications")
    String queue(StaffUser user, @RequestParam(required = false) Long org, @RequestParam(required = false) String status,
                 @RequestParam(required = false) String flag, @RequestParam(required = false) String q,
                 @RequestParam(required = false) Boolean open, @RequestParam(required = false) Integer page,
                 Model model) {
        long orgId = org == null ? user.organisationId() : org;
        access.requireRead(user, orgId);
        QueueFilter filter = QueueFilter.of(status, flag, q, open);
        if (filter.status() != null) {
            ApplicationStatus.valueOf(filter.status());
        }
        if (filter.flag() != null && !List.of("NEAR", "OVERDUE").contains(filter.flag())) {
            throw new IllegalArgumentException("flag");
        }
        Page<QueueRow> rows = store.queue(List.of(orgId), filter, Page.clamp(page), PAGE_SIZE);
        LocalDate now = today.date();
        List<QueueItem> items = rows.items().stream().map(r -> item(r, now)).toList();
        model.addAttribute("organisation", organisations.get(orgId));
        model.addAttribute("organisations", organisations.subtree(user.organisationId()));
        model.addAttribute("rows", rows);
        model.addAttribute("items", items);
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", ApplicationStatus.values());
        model.addAttribute("canAct", access.canAct(user, orgId));
        return "application/queue";
    }

    /**
     * Working days left count only while the clock runs: during a consultation or while a fee is awaited the stored
     * due date assumes the pause lasts its full limit, so counting down to it would overstate the time left.
     */
    QueueItem item(QueueRow r, LocalDate now) {
        if (r.dueOn() == null || r.status() != ApplicationStatus.IN_PROGRESS) {
            return new QueueItem(r, null, r.status().open() ? Urgency.STOPPED : Urgency.DONE);
        }
        int left = clock.workingDaysLeft(now, r.dueOn());
        return new QueueItem(r, left, Urgency.of(r.dueOn(), now, left));
    }

    @GetMapping("/admin/applications/new")
    String newForm(StaffUser user, Model model) {
        access.requireAct(user, user.organisationId());
        ApplicationForm empty = ApplicationForm.empty();
        prepareRegister(model, user, new ApplicationForm(empty.applicantType(), null, empty.idType(), null, null, null,
                null, null, null, null, null, null, null, null, null, "PAPER", null, "IN_PERSON", today.date().toString()), Map.of());
        return "application/register";
    }

    @PostMapping("/admin/applications")
    String register(StaffUser user, @ModelAttribute ApplicationForm form, @RequestParam(required = false) String note,
                    HttpServletResponse response, Model model) {
        access.requireAct(user, user.organisationId());
        FormValidation v = new FormValidation();
        FormValidation.Parts parts = v.check(form);
        Channel channel = v.parse(Channel.class, form.channel(), "channel");
        if (channel == Channel.ONLINE) {
            v.errors.putIfAbsent("channel", "app.error.choice");
        }
        LocalDate receivedOn = null;
        try {
            receivedOn = form.receivedOn() == null || form.receivedOn().isBlank() ? null : LocalDate.parse(form.receivedOn().trim());
        } catch (java.time.format.DateTimeParseException e) {
            v.errors.putIfAbsent("receivedOn", "app.error.date");
        }
        if (receivedOn == null) {
            v.errors.putIfAbsent("receivedOn", "app.error.required");
        } else if (receivedOn.isAfter(today.date())) {
            v.errors.putIfAbsent("receivedOn", "app.error.dateFuture");
        } else if (receivedOn.isBefore(today.date().minusYears(1))) {
            v.errors.putIfAbsent("receivedOn", "app.error.dateTooOld");
        }
        if (!v.errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            prepareRegister(model, user, form, v.errors);
            return "application/register";
        }
        Organisation o = organisations.get(user.organisationId());
        ReceiveApplication.Receipt r = receive.offline(user, o, parts, channel, receivedOn, note);
        model.addAttribute("receipt", r);
        model.addAttribute("organisation", o);
        return "application/registered";
    }

    private void prepareRegister(Model model, StaffUser user, ApplicationForm form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("applicantTypes", ApplicantType.values());
        model.addAttribute("idTypes", IdType.values());
        model.addAttribute("deliveries", Delivery.values());
        model.addAttribute("channels", Arrays.stream(Channel.values()).filter(c -> c != Channel.ONLINE).toList());
        model.addAttribute("organisation", organisations.get(user.organisationId()));
    }

    @GetMapping("/admin/applications/{id}")
    String detail(StaffUser user, @PathVariable long id, Model model) {
        DisclosureApplication app = store.get(id);
        access.requireRead(user, app.organisationId());
        LocalDate now = today.date();
        model.addAttribute("app", app);
        model.addAttribute("organisation", organisations.get(app.organisationId()));
        model.addAttribute("timeline", store.timeline(id, false));
        model.addAttribute("pauses", store.pauses(id));
        model.addAttribute("files", store.files(id));
        model.addAttribute("replyFiles", replyFiles.list(id));
        model.addAttribute("deliveries", replyFiles.deliveries(id));
        model.addAttribute("deliveryMethods", Delivery.values());
        model.addAttribute("mailAvailable", mail.available());
        model.addAttribute("canAct", access.canAct(user, app.organisationId()));
        model.addAttribute("canApprove", app.extensionState() == ExtensionState.REQUESTED
                && user.organisationId() == app.organisationId()
                && user.has(org.gongkai.identity.Role.PUBLISHER) && !Long.valueOf(user.id()).equals(app.extensionRequestedBy()));
        model.addAttribute("today", now);
        boolean counting = app.dueOn() != null && app.status() == ApplicationStatus.IN_PROGRESS;
        model.addAttribute("left", counting ? clock.workingDaysLeft(now, app.dueOn()) : null);
        model.addAttribute("urgency", counting ? Urgency.of(app.dueOn(), now, clock.workingDaysLeft(now, app.dueOn()))
                : app.status().open() ? Urgency.STOPPED : null);
        model.addAttribute("lastCorrectionDay", correction.lastNoticeDay(app));
        model.addAttribute("correctionDays", store.correctionWorkingDays(app.organisationId()));
        model.addAttribute("outcomes", ReplyOutcome.staffChoices());
        model.addAttribute("groups", OutcomeGroup.values());
        model.addAttribute("feeMethods", FeeMethod.values());
        model.addAttribute("sections", sections.stream().map(ApplicationPageSection::fragment).toList());
        sections.forEach(s -> s.addTo(ApplicationCases.of(app), model));
        if (app.status() == ApplicationStatus.IN_PROGRESS && app.fee() == null) {
            int ordinal = store.ordinalInMonth(app);
            model.addAttribute("monthOrdinal", ordinal);
            model.addAttribute("perApplicationFee", FeeCalculator.perApplication(ordinal));
        }
        return "application/detail";
    }

    @PostMapping("/admin/applications/{id}/correction")
    String requestCorrection(StaffUser user, @PathVariable long id, @RequestParam(required = false) String items,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, Model model,
            HttpServletResponse res) {
        return act(user, id, model, res, typed("items", items), () -> correction.request(user, id, items, on));
    }

    @PostMapping("/admin/applications/{id}/correction/received")
    String correctionReceived(StaffUser user, @PathVariable long id, @RequestParam(required = false) String note,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, Model model,
            HttpServletResponse res) {
        return act(user, id, model, res, Map.of(), () -> correction.recordArrival(user, id, on, note));
    }

    @PostMapping("/admin/applications/{id}/correction/lapse")
    String correctionLapse(StaffUser user, @PathVariable long id, Model model,
            HttpServletResponse res) {
        return act(user, id, model, res, Map.of(), () -> correction.lapse(user, id));
    }

    @PostMapping("/admin/applications/{id}/consultation")
    String startConsultation(StaffUser user, @PathVariable long id, @RequestParam(required = false) String note,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, Model model,
            HttpServletResponse res) {
        return act(user, id, model, res, Map.of(), () -> consultation.start(user, id, on, note));
    }

    @PostMapping("/admin/applications/{id}/consultation/end")
    String endConsultation(StaffUser user, @PathVariable long id, @RequestParam(required = false) String note,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, Model model,
            HttpServletResponse res) {
        return act(user, id, model, res, Map.of(), () -> consultation.end(user, id, on, note));
    }

    @PostMapping("/admin/applications/{id}/extension")
    String requestExtension(StaffUser user, @PathVariable long id, @RequestParam(required = false) String reason, Model model,
            HttpServletResponse res) {
        return act(user, id, model, res, typed("reason", reason), () -> extension.request(user, id, reason));
    }

    @PostMapping("/admin/applications/{id}/extension/approve")
    String approveExtension(StaffUser user, @PathVariable long id, @RequestParam(required = false) String notice, Model model,
            HttpServletResponse res) {
        return act(user, id, model, res, typed("notice", notice), () -> extension.approve(user, id, notice));
    }

    @PostMapping("/admin/applications/{id}/fee")
    String feeNotice(StaffUser user, @PathVariable long id, @RequestParam(required = false) FeeMethod method,
                     @RequestParam(required = false) Integer pages,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, Model model,
            HttpServletResponse res) {
        return act(user, id, model, res, Map.of(), () -> fees.notice(user, id, method, pages, on));
    }

    @PostMapping("/admin/applications/{id}/fee/paid")
    String feePaid(StaffUser user, @PathVariable long id,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, Model model,
            HttpServletResponse res) {
        return act(user, id, model, res, Map.of(), () -> fees.paid(user, id, on));
    }

    @PostMapping("/admin/applications/{id}/fee/lapse")
    String feeLapse(StaffUser user, @PathVariable long id, Model model,
            HttpServletResponse res) {
        return act(user, id, model, res, Map.of(), () -> fees.lapse(user, id));
    }

    @PostMapping("/admin/applications/{id}/reply")
    String reply(StaffUser user, @PathVariable long id, @RequestParam(required = false) String outcome,
                 @RequestParam(required = false) String text, Model model,
            HttpServletResponse res) {
        ReplyOutcome chosen = Arrays.stream(ReplyOutcome.values()).filter(o -> o.name().equals(outcome)).findFirst()
                .orElse(null);
        return act(user, id, model, res, typed("outcome", outcome, "text", text),
                () -> reply.reply(user, id, chosen, text));
    }

    @GetMapping("/admin/applications/{id}/letter")
    String letter(StaffUser user, @PathVariable long id, Model model) {
        DisclosureApplication app = store.get(id);
        access.requireRead(user, app.organisationId());
        if (app.outcome() == null) {
            throw new NotFoundException("letter", id);
        }
        model.addAttribute("letter", letters.letter(app, organisations.get(app.organisationId())));
        return "application/letter";
    }

    @GetMapping("/admin/applications/{id}/files/{fileId}")
    ResponseEntity<FileSystemResource> file(StaffUser user, @PathVariable long id, @PathVariable long fileId) {
        DisclosureApplication app = store.get(id);
        access.requireRead(user, app.organisationId());
        StoredFile f = store.files(id).stream().filter(x -> x.id() == fileId).findFirst()
                .orElseThrow(() -> new NotFoundException("file", fileId));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(f.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(f.originalName(), StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .header("X-Content-Type-Options", "nosniff")
                .body(new FileSystemResource(files.path(f)));
    }

    @GetMapping("/admin/applications/settings")
    String settings(StaffUser user, Model model) {
        access.requireRead(user, user.organisationId());
        model.addAttribute("organisation", organisations.get(user.organisationId()));
        model.addAttribute("correctionDays", store.correctionWorkingDays(user.organisationId()));
        model.addAttribute("canAct", access.canAct(user, user.organisationId()));
        return "application/settings";
    }

    @PostMapping("/admin/applications/settings")
    String saveSettings(StaffUser user, @RequestParam(required = false) Integer correctionDays) {
        access.requireAct(user, user.organisationId());
        if (correctionDays == null || correctionDays < 1 || correctionDays > 60) {
            Map<String, String> errors = new LinkedHashMap<>();
            errors.put("correctionDays", "app.error.correctionDays");
            throw new InvalidInputException(errors);
        }
        store.setCorrectionWorkingDays(user.organisationId(), correctionDays);
        return "redirect:/admin/applications/settings";
    }

    /** An office action's refusal, shown on the application page above its forms. */
    record ActionError(String key, Object[] args) {
    }

    /**
     * Runs an office action; when it is refused, shows the application page again with the reason and with what the
     * person typed in the form's text fields ({@code typed}), instead of an error page that loses it.
     */
    private String act(StaffUser user, long id, Model model, HttpServletResponse res, Map<String, String> typed,
                       Runnable action) {
        try {
            action.run();
            return back(id);
        } catch (InvalidInputException e) {
            res.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("actionErrors", e.fieldErrors().values().stream()
                    .map(key -> new ActionError(key, new Object[0])).toList());
        } catch (ConflictException e) {
            res.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("actionErrors", List.of(new ActionError(e.getMessage(), e.args())));
        }
        model.addAttribute("typed", typed);
        return detail(user, id, model);
    }

    private static Map<String, String> typed(String... keysAndValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                m.put(keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return m;
    }

    private static String back(long id) {
        return "redirect:/admin/applications/" + id;
    }
}
