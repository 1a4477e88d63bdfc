package org.gongkai.audit;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An audit entry's action and target in words. An action is named by {@code audit.action.<name>}, or, for the steps
 * of a document or an application, by the name their own module gives the step; an action nobody named yet reads as
 * the words for its prefix (the page shows the code beside it in small type), never as the code alone.
 */
@Component
class AuditLabels {

    private final MessageSource messages;

    AuditLabels(MessageSource messages) {
        this.messages = messages;
    }

    /** The message keys that may name an action, most specific first. */
    static List<String> actionKeys(String action) {
        if (action.startsWith("document.")) {
            return List.of("audit.action." + action, "action." + action.substring("document.".length()));
        }
        if (action.startsWith("application.")) {
            return List.of("audit.action." + action, "app.event." + action.substring("application.".length()));
        }
        return List.of("audit.action." + action);
    }

    /** The action's own name, if it has one. */
    Optional<String> named(String action, Locale locale) {
        for (String key : actionKeys(action)) {
            Optional<String> text = message(key, locale);
            if (text.isPresent()) {
                return text;
            }
        }
        return Optional.empty();
    }

    String action(String action, Locale locale) {
        return named(action, locale).orElseGet(() -> {
            int dot = action.indexOf('.');
            String prefix = dot < 0 ? action : action.substring(0, dot);
            return message("audit.prefix." + prefix, locale).orElseGet(() -> message("audit.prefix.other", locale).orElseThrow());
        });
    }

    /** "账户 29": the target type in words and its id; an unknown type keeps its code after words that say so. */
    String target(String type, String id, Locale locale) {
        if (type == null) {
            return "";
        }
        String words = message("audit.target." + type, locale)
                .orElseGet(() -> message("audit.target.other", locale).orElseThrow() + " " + type);
        return id == null ? words : words + " " + id;
    }

    private Optional<String> message(String key, Locale locale) {
        try {
            // the code itself comes back where the message source is set to use codes as default messages
            return Optional.of(messages.getMessage(key, null, locale)).filter(text -> !text.equals(key));
        } catch (NoSuchMessageException e) {
            return Optional.empty();
        }
    }
}
