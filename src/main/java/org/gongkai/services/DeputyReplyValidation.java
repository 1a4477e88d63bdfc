package org.gongkai.services;

import org.gongkai.platform.web.InvalidInputException;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Checks the reply form and the promise forms; each refusal names its field and a message key. */
final class DeputyReplyValidation {

    static final java.util.regex.Pattern TASK_REF =
            java.util.regex.Pattern.compile("(?:(2[01][0-9]{2})/)?([0-9A-Za-z][0-9A-Za-z.-]{0,19})");

    private DeputyReplyValidation() {
    }

    record Values(int year, DeputyReply.Kind kind, String code, String session, String title, String author,
                  String leadUnit, String assistingUnits, LocalDate receivedOn, LocalDate dueOn, LocalDate repliedOn,
                  DeputyReply.Mode replyMode, String replyText, String withheldReason,
                  DeputyReply.Classification classification, DeputyReply.Satisfaction satisfaction) {

        Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("year", year);
            m.put("kind", kind.name());
            m.put("code", code);
            m.put("session", session);
            m.put("title", title);
            m.put("author", author);
            m.put("leadUnit", leadUnit);
            m.put("assistingUnits", assistingUnits);
            m.put("receivedOn", str(receivedOn));
            m.put("dueOn", str(dueOn));
            m.put("repliedOn", str(repliedOn));
            m.put("replyMode", replyMode == null ? null : replyMode.name());
            m.put("replyText", replyText);
            m.put("withheldReason", withheldReason);
            m.put("classification", classification == null ? null : classification.name());
            m.put("satisfaction", satisfaction == null ? null : satisfaction.name());
            return m;
        }

        static Values of(DeputyReply r) {
            return new Values(r.year(), r.kind(), r.code(), r.session(), r.title(), r.author(), r.leadUnit(),
                    r.assistingUnits(), r.receivedOn(), r.dueOn(), r.repliedOn(), r.replyMode(), r.replyText(),
                    r.withheldReason(), r.classification(), r.satisfaction());
        }
    }

    /** A promise; the task that carries it out is named by its number, with "年度/" in front for another year. */
    record Promise(String text, LocalDate dueOn, Integer taskYear, String taskCode) {
    }

    record Kept(LocalDate keptOn, String result) {
    }

    static Values reply(DeputyReplyForm f) {
        Map<String, String> e = new LinkedHashMap<>();
        Integer year = PlanValidation.integer(f.year());
        if (year == null || year < 2000 || year > 2200) {
            e.put("year", "svc.task.error.year");
        }
        DeputyReply.Kind kind = parse(DeputyReply.Kind.class, f.kind());
        if (kind == null) {
            e.put("kind", "svc.reply.error.kind");
        }
        String code = PlanValidation.text(f.code(), 20, "code", true, e);
        if (code != null && !e.containsKey("code") && !TaskLedgerValidation.CODE.matcher(code).matches()) {
            e.put("code", "svc.task.error.code");
        }
        String session = PlanValidation.text(f.session(), 60, "session", true, e);
        String title = PlanValidation.text(f.title(), 300, "title", true, e);
        String author = PlanValidation.text(f.author(), 200, "author", true, e);
        String lead = PlanValidation.text(f.leadUnit(), 200, "leadUnit", true, e);
        String assisting = PlanValidation.text(f.assistingUnits(), 500, "assistingUnits", false, e);
        LocalDate received = TaskLedgerValidation.date(f.receivedOn(), "receivedOn", true, e);
        LocalDate due = TaskLedgerValidation.date(f.dueOn(), "dueOn", true, e);
        if (received != null && due != null && due.isBefore(received)) {
            e.put("dueOn", "svc.reply.error.dueBeforeReceived");
        }
        LocalDate replied = TaskLedgerValidation.date(f.repliedOn(), "repliedOn", false, e);
        if (replied != null && received != null && replied.isBefore(received)) {
            e.put("repliedOn", "svc.reply.error.repliedBeforeReceived");
        }
        DeputyReply.Mode mode = blank(f.replyMode()) ? null : parse(DeputyReply.Mode.class, f.replyMode());
        if (!blank(f.replyMode()) && mode == null) {
            e.put("replyMode", "svc.reply.error.mode");
        }
        String text = PlanValidation.text(f.replyText(), 20000, "replyText", false, e);
        String reason = PlanValidation.text(f.withheldReason(), 500, "withheldReason", false, e);
        DeputyReply.Classification cls = blank(f.classification()) ? null
                : parse(DeputyReply.Classification.class, f.classification());
        if (!blank(f.classification()) && cls == null) {
            e.put("classification", "svc.reply.error.classification");
        }
        DeputyReply.Satisfaction sat = blank(f.satisfaction()) ? null
                : parse(DeputyReply.Satisfaction.class, f.satisfaction());
        if (!blank(f.satisfaction()) && sat == null) {
            e.put("satisfaction", "svc.reply.error.satisfaction");
        }
        boolean replyGiven = replied != null || mode != null || text != null;
        if (replyGiven) {
            if (replied == null && !e.containsKey("repliedOn")) {
                e.put("repliedOn", "svc.reply.error.replyIncomplete");
            }
            if (mode == null && !e.containsKey("replyMode")) {
                e.put("replyMode", "svc.reply.error.replyIncomplete");
            }
            if (text == null && !e.containsKey("replyText")) {
                e.put("replyText", "svc.reply.error.replyIncomplete");
            }
        } else if (cls != null || sat != null) {
            e.put(cls != null ? "classification" : "satisfaction", "svc.reply.error.notReplied");
        }
        if (mode == DeputyReply.Mode.SUMMARY && reason == null && !e.containsKey("withheldReason")) {
            e.put("withheldReason", "svc.reply.error.reasonRequired");
        }
        if (mode != DeputyReply.Mode.SUMMARY) {
            reason = null;
        }
        if (!e.isEmpty()) {
            throw new InvalidInputException(e);
        }
        return new Values(year, kind, code, session, title, author, lead, assisting, received, due, replied, mode,
                text, reason, cls, sat);
    }

    static Promise promise(String text, String dueOn, String taskCode) {
        Map<String, String> e = new LinkedHashMap<>();
        String t = PlanValidation.text(text, 1000, "promiseText", true, e);
        LocalDate due = TaskLedgerValidation.date(dueOn, "promiseDue", true, e);
        String ref = PlanValidation.text(taskCode, 25, "promiseTask", false, e);
        Integer year = null;
        String code = null;
        if (ref != null && !e.containsKey("promiseTask")) {
            java.util.regex.Matcher m = TASK_REF.matcher(ref);
            if (m.matches()) {
                year = m.group(1) == null ? null : Integer.valueOf(m.group(1));
                code = m.group(2);
            } else {
                e.put("promiseTask", "svc.reply.error.taskRef");
            }
        }
        if (!e.isEmpty()) {
            throw new InvalidInputException(e);
        }
        return new Promise(t, due, year, code);
    }

    static Kept kept(long promiseId, String keptOn, String result) {
        Map<String, String> e = new LinkedHashMap<>();
        LocalDate on = TaskLedgerValidation.date(keptOn, "keptOn-" + promiseId, true, e);
        String r = PlanValidation.text(result, 2000, "result-" + promiseId, true, e);
        if (!e.isEmpty()) {
            throw new InvalidInputException(e);
        }
        return new Kept(on, r);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
