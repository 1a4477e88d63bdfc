package org.gongkai.application;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.Locale;

/** The reply letter as plain text: for the applicants' JSON API and the body of the e-mail. */
@Component
class LetterText {

    private final MessageSource messages;

    LetterText(MessageSource messages) {
        this.messages = messages;
    }

    String text(ReplyLetter.Letter letter, Locale locale) {
        DisclosureApplication app = letter.app();
        StringBuilder sb = new StringBuilder();
        line(sb, msg(locale, "app.letter.title"));
        line(sb, app.trackingNumber());
        sb.append('\n');
        line(sb, msg(locale, "app.letter.to", app.applicant().name()));
        line(sb, msg(locale, "app.letter.opening", app.receivedOn(), app.trackingNumber(), app.info().description()));
        sb.append('\n');
        line(sb, msg(locale, "app.letter.outcome") + "：" + msg(locale, letter.outcome().labelKey()));
        if (app.replyText() != null && !app.replyText().isBlank()) {
            line(sb, app.replyText());
        }
        sb.append('\n');
        line(sb, msg(locale, "app.letter.basis") + "：" + msg(locale, letter.outcome().basisKey()));
        if (!letter.attachments().isEmpty()) {
            sb.append('\n');
            line(sb, msg(locale, "app.letter.attachments"));
            int n = 1;
            for (String name : letter.attachments()) {
                line(sb, n++ + ". " + name);
            }
        }
        sb.append('\n');
        line(sb, msg(locale, "app.letter.remediesTitle") + "：" + msg(locale, "app.letter.remedies"));
        sb.append('\n');
        line(sb, letter.officeName());
        line(sb, msg(locale, "app.letter.date", app.repliedOn()));
        return sb.toString();
    }

    private String msg(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private static void line(StringBuilder sb, String s) {
        sb.append(s).append('\n');
    }
}
