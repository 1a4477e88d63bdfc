package org.gongkai.services;

import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.InvalidInputException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** The progress CSV of an organisation's tasks for a year, for staff to fill in and import back. */
@Controller
class TaskLedgerFiles {

    private final TaskLedgerStore store;
    private final ManageTaskLedger manage;
    private final OrganisationAccess access;

    TaskLedgerFiles(TaskLedgerStore store, ManageTaskLedger manage, OrganisationAccess access) {
        this.store = store;
        this.manage = manage;
        this.access = access;
    }

    @GetMapping(TaskLedgerAdminPages.BASE + "/progress.csv")
    ResponseEntity<byte[]> export(StaffUser user, @RequestParam(required = false) Long org,
                                  @RequestParam(required = false) String year) {
        long orgId = org == null ? user.organisationId() : org;
        access.requireRead(user, orgId);
        Integer y = year == null || year.isBlank() ? Integer.valueOf(manage.today().getYear()) : PlanValidation.integer(year);
        if (y == null || y < 2000 || y > 2200) {
            throw InvalidInputException.of("year", "svc.task.error.year");
        }
        List<LedgerTask> tasks = store.all(List.of(orgId), y);
        byte[] csv = TaskLedgerCsv.write(tasks, store.latestProgress(tasks.stream().map(LedgerTask::id).toList()));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("tasks-" + orgId + "-" + y + ".csv").build().toString())
                .body(csv);
    }
}
