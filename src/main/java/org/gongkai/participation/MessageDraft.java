package org.gongkai.participation;

/**
 * A message as the writer sent it, checked: the body exactly as typed, the contact details (phone and/or e-mail)
 * private to staff, and whether the writer lets the exchange be published.
 */
public record MessageDraft(MessageType type, String subject, String body, String name, String phone, String email,
                           boolean mayPublish) {
}
