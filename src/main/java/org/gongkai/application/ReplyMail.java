package org.gongkai.application;

import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * The reply letter by e-mail: the message is built from the letter's text; it is sent through Spring's
 * {@link JavaMailSender} only when {@code gongkai.mail.enabled} is true and a mail server is configured ({@link MailServer}).
 */
@Component
class ReplyMail {

    /** One message, before it is handed to the mail server. */
    record Draft(String from, String to, String subject, String body) {
    }

    private final MailSettings settings;
    private final LetterText letterText;
    private final MessageSource messages;
    private final MailServer server;

    ReplyMail(MailSettings settings, LetterText letterText, MessageSource messages, MailServer server) {
        this.settings = settings;
        this.letterText = letterText;
        this.messages = messages;
        this.server = server;
    }

    /** True when a message would really leave the server. */
    boolean available() {
        return settings.enabled() && server.sender() != null;
    }

    Draft draft(ReplyLetter.Letter letter, Locale locale) {
        String to = letter.app().applicant().email();
        if (to == null || to.isBlank()) {
            throw new IllegalStateException("no e-mail address");
        }
        String subject = messages.getMessage("app.mail.subject",
                new Object[]{letter.officeName(), letter.app().trackingNumber()}, locale);
        String body = letterText.text(letter, locale);
        if (!letter.attachments().isEmpty()) {
            body += "\n" + messages.getMessage("app.mail.filesOnline", null, locale) + "\n";
        }
        return new Draft(settings.from(), to.strip(), subject, body);
    }

    void send(Draft draft) {
        JavaMailSender s = server.sender();
        if (!settings.enabled() || s == null) {
            throw new IllegalStateException("mail is not enabled");
        }
        SimpleMailMessage m = new SimpleMailMessage();
        if (draft.from() != null && !draft.from().isBlank()) {
            m.setFrom(draft.from());
        }
        m.setTo(draft.to());
        m.setSubject(draft.subject());
        m.setText(draft.body());
        s.send(m);
    }
}
