package org.gongkai.services;

/** A suggestion or proposal and its reply as typed in the form (strings, so a refused form comes back as typed). */
public record DeputyReplyForm(String year, String kind, String code, String session, String title, String author,
                              String leadUnit, String assistingUnits, String receivedOn, String dueOn,
                              String repliedOn, String replyMode, String replyText, String withheldReason,
                              String classification, String satisfaction, String version) {

    static DeputyReplyForm blank(int year) {
        return new DeputyReplyForm(String.valueOf(year), DeputyReply.Kind.SUGGESTION.name(), null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null);
    }

    static DeputyReplyForm of(DeputyReply r) {
        return new DeputyReplyForm(String.valueOf(r.year()), r.kind().name(), r.code(), r.session(), r.title(),
                r.author(), r.leadUnit(), r.assistingUnits(), str(r.receivedOn()), str(r.dueOn()), str(r.repliedOn()),
                r.replyMode() == null ? null : r.replyMode().name(), r.replyText(), r.withheldReason(),
                r.classification() == null ? null : r.classification().name(),
                r.satisfaction() == null ? null : r.satisfaction().name(), String.valueOf(r.version()));
    }

    DeputyReplyForm withVersion(int v) {
        return new DeputyReplyForm(year, kind, code, session, title, author, leadUnit, assistingUnits, receivedOn,
                dueOn, repliedOn, replyMode, replyText, withheldReason, classification, satisfaction, String.valueOf(v));
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
