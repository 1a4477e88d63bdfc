package org.gongkai.identity;

import java.util.List;

/**
 * Something a module wants a staff member to see first on the back office's landing page, such as a deadline.
 *
 * @param messageKey message to show, with {@code args}
 * @param link       where to go to act on it
 * @param urgent     shown as an alert (e.g. overdue) rather than a notice
 */
public record DashboardNote(String messageKey, List<Object> args, String link, boolean urgent) {
}
