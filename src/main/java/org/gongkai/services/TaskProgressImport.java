package org.gongkai.services;

import org.gongkai.document.PublishedDocuments;
import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.audit.StaffAction;
import org.gongkai.platform.web.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads back the progress CSV the ledger exported, edited in a spreadsheet: a new progress line per task where the
 * date, percentage or text changed, and the status where it changed. Every row is checked before anything is written;
 * one refused cell refuses the file, each refusal named by row (as a spreadsheet numbers it) and column.
 */
@Service
class TaskProgressImport {

    /** A refused cell: the row as a spreadsheet numbers it (the header is row 1), the column's heading. */
    record Problem(int row, String column, String key) {
    }

    static final class Refused extends InvalidInputException {
        final List<Problem> problems;

        Refused(List<Problem> problems) {
            super(Map.of("file", "svc.task.import.refused"));
            this.problems = List.copyOf(problems);
        }
    }

    record Outcome(int progressAdded, int statusChanged, int unchanged) {
    }

    private record Planned(LedgerTask task, TaskStatus status, LocalDate doneOn,
                           TaskLedgerValidation.Progress progress) {
    }

    private static final Map<String, Integer> COLUMN_OF_FIELD = Map.of("reportedOn", TaskLedgerCsv.DATE,
            "percent", TaskLedgerCsv.PERCENT, "summary", TaskLedgerCsv.SUMMARY, "evidence", TaskLedgerCsv.EVIDENCE);
    private static final int MAX_PROBLEMS = 100;

    private final TaskLedgerStore store;
    private final ManageTaskLedger manage;
    private final OrganisationAccess access;
    private final PublishedDocuments documents;
    private final ApplicationEventPublisher events;

    TaskProgressImport(TaskLedgerStore store, ManageTaskLedger manage, OrganisationAccess access,
                       PublishedDocuments documents, ApplicationEventPublisher events) {
        this.store = store;
        this.manage = manage;
        this.access = access;
        this.documents = documents;
        this.events = events;
    }

    @Transactional
    Outcome apply(StaffUser user, int year, byte[] file) {
        access.requireRole(user, user.organisationId(), Role.EDITOR, Role.PUBLISHER);
        if (file == null || file.length == 0) {
            throw InvalidInputException.of("file", "svc.task.import.empty");
        }
        if (file.length > TaskLedgerCsv.MAX_BYTES) {
            throw InvalidInputException.of("file", "svc.task.import.tooLarge");
        }
        String text = TaskLedgerCsv.decode(file)
                .orElseThrow(() -> InvalidInputException.of("file", "svc.task.import.encoding"));
        List<List<String>> rows = TaskLedgerCsv.parse(text);
        if (rows == null) {
            throw InvalidInputException.of("file", "svc.task.import.quote");
        }
        if (rows.isEmpty() || !header(rows.get(0))) {
            throw new Refused(List.of(new Problem(1, TaskLedgerCsv.HEADER.get(0), "svc.task.import.header")));
        }
        if (rows.size() - 1 > TaskLedgerCsv.MAX_ROWS) {
            throw InvalidInputException.of("file", "svc.task.import.tooManyRows");
        }
        List<Problem> problems = new ArrayList<>();
        List<Planned> planned = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < rows.size() && problems.size() < MAX_PROBLEMS; i++) {
            int rowNumber = i + 1;
            List<String> cells = new ArrayList<>(rows.get(i).stream().map(c -> TaskLedgerCsv.restore(c).strip()).toList());
            if (cells.stream().allMatch(String::isEmpty)) {
                continue;
            }
            while (cells.size() < TaskLedgerCsv.HEADER.size()) {
                cells.add("");
            }
            check(user, year, rowNumber, cells, seen, problems).ifPresent(planned::add);
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        int added = 0, changed = 0, unchanged = 0;
        for (Planned p : planned) {
            boolean any = false;
            if (p.status() != p.task().status()) {
                manage.setStatus(user, p.task(), p.status(), p.doneOn());
                changed++;
                any = true;
            }
            if (p.progress() != null) {
                manage.addProgress(user, p.task(), p.progress(), "file");
                added++;
                any = true;
            }
            if (!any) {
                unchanged++;
            }
        }
        Map<String, Object> now = new LinkedHashMap<>();
        now.put("year", year);
        now.put("rows", planned.size());
        now.put("progressAdded", added);
        now.put("statusChanged", changed);
        events.publishEvent(new StaffAction(user.id(), user.username(), user.organisationId(), "services.task.import",
                "svc_task", String.valueOf(year), Map.of(), now));
        return new Outcome(added, changed, unchanged);
    }

    private Optional<Planned> check(StaffUser user, int year, int row, List<String> cells, Set<String> seen,
                                    List<Problem> problems) {
        int before = problems.size();
        String code = cells.get(TaskLedgerCsv.CODE);
        Optional<LedgerTask> found = code.isEmpty() ? Optional.empty()
                : store.findByCode(user.organisationId(), year, code);
        if (found.isEmpty()) {
            problems.add(problem(row, TaskLedgerCsv.CODE, code.isEmpty() ? "svc.error.required" : "svc.task.import.unknownCode"));
            return Optional.empty();
        }
        if (!seen.add(code)) {
            problems.add(problem(row, TaskLedgerCsv.CODE, "svc.task.import.duplicate"));
        }
        LedgerTask task = found.get();
        TaskStatus status = TaskLedgerValidation.status(cells.get(TaskLedgerCsv.STATUS));
        if (status == null) {
            problems.add(problem(row, TaskLedgerCsv.STATUS, "svc.task.error.status"));
        } else if (status != task.status() && task.published() && !user.has(Role.PUBLISHER)) {
            problems.add(problem(row, TaskLedgerCsv.STATUS, "svc.task.import.publisherOnly"));
        }
        TaskLedgerValidation.Progress progress = null;
        boolean hasProgress = !(cells.get(TaskLedgerCsv.DATE).isEmpty() && cells.get(TaskLedgerCsv.PERCENT).isEmpty()
                && cells.get(TaskLedgerCsv.SUMMARY).isEmpty() && cells.get(TaskLedgerCsv.EVIDENCE).isEmpty());
        if (hasProgress) {
            try {
                progress = TaskLedgerValidation.progress(cells.get(TaskLedgerCsv.DATE), cells.get(TaskLedgerCsv.PERCENT),
                        cells.get(TaskLedgerCsv.SUMMARY), cells.get(TaskLedgerCsv.EVIDENCE));
                if (progress.evidenceDocument() != null
                        && documents.find(progress.evidenceDocument()).filter(d -> !d.withdrawn()).isEmpty()) {
                    problems.add(problem(row, TaskLedgerCsv.EVIDENCE, "svc.task.error.evidenceDocument"));
                }
                if (store.hasProgress(task.id(), progress)) {
                    progress = null;
                }
            } catch (InvalidInputException e) {
                e.fieldErrors().forEach((field, key) -> problems.add(problem(row, COLUMN_OF_FIELD.get(field), key)));
            }
        }
        if (problems.size() > before || status == null) {
            return Optional.empty();
        }
        LocalDate doneOn = status != TaskStatus.DONE ? null
                : task.doneOn() != null ? task.doneOn()
                : progress != null ? progress.reportedOn() : manage.today();
        return Optional.of(new Planned(task, status, doneOn, progress));
    }

    private static boolean header(List<String> cells) {
        List<String> h = cells.stream().map(String::strip).toList();
        return h.size() >= TaskLedgerCsv.HEADER.size()
                && h.subList(0, TaskLedgerCsv.HEADER.size()).equals(TaskLedgerCsv.HEADER);
    }

    private static Problem problem(int row, int column, String key) {
        return new Problem(row, TaskLedgerCsv.HEADER.get(column), key);
    }
}
