package org.gongkai.integrity;

/**
 * One distinct thing the cleaner removed or changed, with how often it occurred.
 *
 * @param kind  what sort of junk (or change) it was
 * @param text  the removed text as found (for {@link RemovalKind#SCRIPT_CONVERTED}: {@code 發→发})
 * @param count how many times this exact text was removed
 */
public record Removal(RemovalKind kind, String text, int count) {
}
