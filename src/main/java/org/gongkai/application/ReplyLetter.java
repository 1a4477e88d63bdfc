package org.gongkai.application;

import org.gongkai.identity.Organisation;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The reply letter (告知书) of an answered application: who replies to whom about what, the outcome with its legal
 * basis, the reply's text, the files given out with it and the applicant's remedies. Rendered as printable HTML by
 * templates/application/letter, as PDF by {@link ReplyLetterPdf} and as plain text by {@link LetterText}.
 */
@Component
class ReplyLetter {

    /** What the letter template needs. {@code attachments}: the names of the disclosed files. */
    record Letter(DisclosureApplication app, Organisation org, ReplyOutcome outcome, List<String> attachments) {

        public String officeName() {
            return org.office() != null && org.office().name() != null ? org.office().name() : org.name();
        }
    }

    private final ReplyFileStore replyFiles;

    ReplyLetter(ReplyFileStore replyFiles) {
        this.replyFiles = replyFiles;
    }

    Letter letter(DisclosureApplication app, Organisation org) {
        if (app.outcome() == null) {
            throw new IllegalStateException("no reply yet");
        }
        return new Letter(app, org, app.outcome(),
                replyFiles.list(app.id()).stream().map(ReplyFile::originalName).toList());
    }
}
