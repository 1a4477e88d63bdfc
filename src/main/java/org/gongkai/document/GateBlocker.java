package org.gongkai.document;

/**
 * One reason a {@link PublicationGate} holds an edition back, described without the protected content itself.
 *
 * @param whatKey  message key of what it is (e.g. {@code review.kind.RESIDENT_ID})
 * @param whereKey message key of where it is, with {@code whereArg} as its argument (e.g. a file name and cell)
 * @param whereArg the argument of {@code whereKey}, may be empty
 */
public record GateBlocker(String whatKey, String whereKey, String whereArg) {
}
