package org.gongkai.participation;

import org.gongkai.identity.Departments;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The staff inbox of an organisation's messages (paged, filtered by status, type and near-due/overdue, sorted by due
 * date by default) and a message's page with everything staff do with it.
 */
@Controller
class MessageInboxPages {

    static final int PAGE_SIZE = 30;

    private final MessageStore store;
    private final MessageAssignmentStore assignments;
    private final MessageAttachments attachments;
    private final MessageAccess access;
    private final HandleMessage handle;
    private final ReplyClock clock;
    private final OrganisationDirectory organisations;
    private final Departments departments;

    MessageInboxPages(MessageStore store, MessageAssignmentStore assignments, MessageAttachments attachments, MessageAccess access, HandleMessage handle, ReplyClock clock,
                      OrganisationDirectory organisations, Departments departments) {
        this.departments = departments;
        this.store = store;
        this.assignments = assignments;
        this.attachments = attachments;
        this.access = access;
        this.handle = handle;
        this.clock = clock;
        this.organisations = organisations;
    }

    @GetMapping("/admin/messages")
    String inbox(StaffUser user, @RequestParam(required = false) Long org, @RequestParam(required = false) String status,
                 @RequestParam(required = false) String type, @RequestParam(required = false) String flag,
                 @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
                 @RequestParam(required = false) Integer page, @RequestParam(required = false) Boolean mine,
                 @RequestParam(required = false) Long department, Model model) {
        long orgId = org == null ? user.organisationId() : org;
        access.requireRead(user, orgId);
        boolean onlyMine = Boolean.TRUE.equals(mine);
        InboxFilter filter = InboxFilter.of(status, type, flag, sort, dir)
                .narrowed(onlyMine ? user.id() : null, department);
        var today = clock.today();
        Page<MessageStore.InboxRow> rows = store.inbox(orgId, filter, today, clock.nearBy(today), Page.clamp(page), PAGE_SIZE);
        model.addAttribute("organisation", organisations.get(orgId));
        model.addAttribute("filter", filter);
        model.addAttribute("rows", rows);
        model.addAttribute("today", today);
        model.addAttribute("nearBy", clock.nearBy(today));
        model.addAttribute("statuses", MessageStatus.values());
        model.addAttribute("types", MessageType.values());
        model.addAttribute("sorts", List.of("received", "type", "status", "due"));
        model.addAttribute("mine", onlyMine);
        model.addAttribute("departments", departments.of(orgId));
        model.addAttribute("canRefer", access.canAct(user, orgId) && orgId == user.organisationId());
        return "participation/inbox";
    }

    @GetMapping("/admin/messages/{id}")
    String message(StaffUser user, @PathVariable long id, Model model) {
        fill(model, user, handle.readable(user, id), Map.of());
        return "participation/message";
    }

    /** The message's page; {@code errors} from an action sent back. */
    void fill(Model model, StaffUser user, CitizenMessage m, Map<String, String> errors) {
        var today = clock.today();
        Organisation o = organisations.get(m.organisationId());
        model.addAttribute("message", m);
        model.addAttribute("organisation", o);
        model.addAttribute("writtenTo", organisations.get(m.writtenTo()));
        model.addAttribute("history", store.history(m.id(), false));
        model.addAttribute("canAct", access.canAct(user, m.organisationId()));
        boolean canPublish = access.canPublish(user, m.organisationId()) && m.mayPublish()
                && m.status() == MessageStatus.ANSWERED && !m.published();
        model.addAttribute("canPublish", canPublish);
        model.addAttribute("hotlineNumber", store.hotlineNumber(m.id()).orElse(null));
        model.addAttribute("attachments", attachments.of(m.id()));
        model.addAttribute("canConfirmAttachments", access.canPublish(user, m.organisationId()) && m.mayPublish());
        model.addAttribute("canAnswerSecondLook", access.canPublish(user, m.organisationId())
                && m.secondLook() != null && m.secondLook().waiting());
        if (canPublish) {
            model.addAttribute("publicCopy", PublicCopy.of(m));
        }
        model.addAttribute("overdue", m.open() && m.dueOn().isBefore(today));
        model.addAttribute("near", m.open() && !m.dueOn().isBefore(today) && !m.dueOn().isAfter(clock.nearBy(today)));
        model.addAttribute("assignees", assignments.assignees(m.organisationId()));
        model.addAttribute("departments", departments.of(m.organisationId()));
        model.addAttribute("transferTargets", transferTargets(o));
        model.addAttribute("invalidReasons", InvalidReason.values());
        model.addAttribute("errors", errors);
    }

    /** Where a message may be transferred: the organisations around this one (above, beside and below it). */
    private List<Organisation> transferTargets(Organisation o) {
        List<Organisation> out = new ArrayList<>(organisations.ancestry(o.id()));
        out.addAll(organisations.subtree(o.parentId() == null ? o.id() : o.parentId()));
        return out.stream().filter(x -> x.id() != o.id()).distinct().toList();
    }
}
