package org.gongkai.opendata;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.platform.web.NotFoundException;
import org.gongkai.platform.web.Page;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The staff queue of data requests (open ones by due date, near due, overdue, answered), a request's page with its
 * clock and the reply form, and the way to start a dataset for it. Higher levels read; only the organisation's
 * publishers and disclosure officers answer.
 */
@Controller
class DataRequestAdminPages {

    static final int PAGE_SIZE = 30;
    private static final Map<String, String> SORTS = Map.of("due", "due_on", "received", "received_at",
            "title", "title");

    private final DataRequestStore store;
    private final AnswerDataRequest answer;
    private final DataRequestClock clock;
    private final OpenDataStore datasets;
    private final OrganisationAccess access;
    private final OrganisationDirectory organisations;

    DataRequestAdminPages(DataRequestStore store, AnswerDataRequest answer, DataRequestClock clock,
                          OpenDataStore datasets, OrganisationAccess access, OrganisationDirectory organisations) {
        this.store = store;
        this.answer = answer;
        this.clock = clock;
        this.datasets = datasets;
        this.access = access;
        this.organisations = organisations;
    }

    @GetMapping("/admin/opendata/requests")
    String list(StaffUser user, @RequestParam(required = false) Long org, @RequestParam(required = false) String flag,
                @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
                @RequestParam(required = false) Integer page, Model model) {
        long orgId = org == null ? user.organisationId() : org;
        access.requireRead(user, orgId);
        DataRequestStore.Flag f = DataRequestStore.Flag.OPEN;
        if (flag != null && !flag.isBlank()) {
            try {
                f = DataRequestStore.Flag.valueOf(flag);
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("flag", "odr.error.flag");
            }
        }
        String s = sort != null && SORTS.containsKey(sort) ? sort : "due";
        String d = "desc".equals(dir) ? "desc" : "asc";
        LocalDate today = clock.today();
        LocalDate nearBy = clock.nearBy(today);
        Page<DataRequest> rows = store.list(orgId, f, today, nearBy, SORTS.get(s) + " " + d, Page.clamp(page), PAGE_SIZE);
        model.addAttribute("organisation", organisations.get(orgId));
        model.addAttribute("organisations", organisations.subtree(user.organisationId()));
        model.addAttribute("rows", rows);
        model.addAttribute("urgencies", rows.items().stream()
                .collect(java.util.stream.Collectors.toMap(DataRequest::id,
                        r -> DataRequestUrgency.of(r, today, nearBy))));
        model.addAttribute("flag", f);
        model.addAttribute("flags", DataRequestStore.Flag.values());
        model.addAttribute("sort", s);
        model.addAttribute("dir", d);
        model.addAttribute("sorts", List.of("title", "received", "due"));
        return "opendata/request-list";
    }

    @GetMapping("/admin/opendata/requests/{id}")
    String detail(StaffUser user, @PathVariable long id, Model model) {
        DataRequest r = readable(user, id);
        return detail(user, r, model, new AnswerDataRequest.Reply(null, r.datasetId() == null ? null
                : String.valueOf(r.datasetId()), null, String.valueOf(r.version())), Map.of(), null);
    }

    @PostMapping("/admin/opendata/requests/{id}/answer")
    String answer(StaffUser user, @PathVariable long id, @RequestParam(required = false) String outcome,
                  @RequestParam(required = false) String dataset, @RequestParam(required = false) String reply,
                  @RequestParam(required = false) String version, HttpServletResponse response, Model model) {
        AnswerDataRequest.Reply typed = new AnswerDataRequest.Reply(outcome, dataset, reply, version);
        try {
            answer.answer(user, id, typed);
            return "redirect:/admin/opendata/requests/" + id + "?answered";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return detail(user, readable(user, id), model, typed, e.fieldErrors(), null);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            DataRequest current = readable(user, id);
            return detail(user, current, model, new AnswerDataRequest.Reply(outcome, dataset, reply,
                    String.valueOf(current.version())), Map.of(), e.getMessage());
        }
    }

    private String detail(StaffUser user, DataRequest r, Model model, AnswerDataRequest.Reply form,
                          Map<String, String> errors, String problem) {
        model.addAttribute("request", r);
        model.addAttribute("organisation", organisations.get(r.organisationId()));
        model.addAttribute("urgency", clock.urgency(r));
        model.addAttribute("deadline", clock.due(r.receivedOn()));
        model.addAttribute("dataset", r.datasetId() == null ? null : datasets.find(r.datasetId()).orElse(null));
        boolean canAnswer = r.open() && access.canEdit(user, r.organisationId())
                && user.hasAny(AnswerDataRequest.HANDLERS);
        model.addAttribute("canAnswer", canAnswer);
        model.addAttribute("canStartDataset", r.open() && r.datasetId() == null
                && access.canEdit(user, r.organisationId()) && user.has(org.gongkai.identity.Role.EDITOR));
        if (canAnswer) {
            model.addAttribute("outcomes", AnswerDataRequest.choices());
            model.addAttribute("published", datasets.list(r.organisationId(), DatasetStatus.PUBLISHED, false,
                    "d.title asc", 1, 500).items());
        }
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        return "opendata/request-detail";
    }

    private DataRequest readable(StaffUser user, long id) {
        DataRequest r = store.find(id).orElseThrow(() -> new NotFoundException("data request", id));
        access.requireRead(user, r.organisationId());
        return r;
    }
}
