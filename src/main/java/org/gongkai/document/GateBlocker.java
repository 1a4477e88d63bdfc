package org.gongkai.document;

import java.util.List;

/**
 * One reason a {@link PublicationGate} holds an edition back, described without the protected content itself.
 *
 * @param whatKey  message key of what it is (e.g. {@code review.kind.RESIDENT_ID})
 * @param whereKey message key of where it is, with {@code whereArgs} as its arguments (e.g. a file name and cell)
 * @param whereArgs the arguments of {@code whereKey}
 */
public record GateBlocker(String whatKey, String whereKey, List<String> whereArgs) {
}
