package org.gongkai.participation;

import org.gongkai.review.Finding;
import org.gongkai.review.Masking;
import org.gongkai.review.Screener;

import java.util.ArrayList;
import java.util.List;

/**
 * The copy of an exchange the public reads: the writer's own name, phone and e-mail wherever they were typed into the
 * texts are replaced first, then what the screening engine finds (ID and phone numbers, e-mail, bank cards…) is
 * masked as documents are. The head of the office sees this copy and what was found before publishing it.
 */
record PublicCopy(String subject, String body, String reply, List<Finding> findings) {

    static final String HIDDEN = "＊＊＊";

    static PublicCopy of(CitizenMessage m) {
        List<Finding> found = new ArrayList<>();
        String subject = clean(m, m.subject(), found);
        String body = clean(m, m.body(), found);
        String reply = m.reply() == null ? null : clean(m, m.reply(), found);
        // the subject column holds 100 characters; a mask may be longer than what it hides
        return new PublicCopy(subject.length() > 100 ? subject.substring(0, 100) : subject, body, reply,
                List.copyOf(found));
    }

    private static String clean(CitizenMessage m, String text, List<Finding> found) {
        String t = text;
        for (String own : new String[] {m.writerName(), m.writerPhone(), m.writerEmail()}) {
            // a one-character name would take that character out of every word
            if (own != null && own.codePointCount(0, own.length()) >= 2) {
                t = t.replace(own, HIDDEN);
            }
        }
        List<Finding> findings = Screener.screen(t);
        found.addAll(findings);
        return Masking.redact(t, findings);
    }
}
