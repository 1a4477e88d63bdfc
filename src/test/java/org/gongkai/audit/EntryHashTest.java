package org.gongkai.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EntryHashTest {

    private static final Instant AT = Instant.parse("2025-03-01T08:30:00.123456Z");

    private static EntryHash.Content content(String actorName, String targetType, String targetId) {
        return new EntryHash.Content(EntryHash.GENESIS, AT, 7L, actorName, 3L, "document.publish", targetType, targetId,
                "10.0.0.1", "{}", "{\"a\":1}");
    }

    @Test
    void isHexSha256AndDeterministic() {
        String h = EntryHash.of(content("li", "document", "12"));
        assertThat(h).matches("[0-9a-f]{64}").isEqualTo(EntryHash.of(content("li", "document", "12")));
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        assertThat(EntryHash.of(content("li", "doc", "ument12")))
                .isNotEqualTo(EntryHash.of(content("li", "document", "12")));
        assertThat(EntryHash.of(content("li", "document", null)))
                .isNotEqualTo(EntryHash.of(content("li", "document", "")));
    }

    @Test
    void coversThePreviousHash() {
        EntryHash.Content c = content("li", "document", "12");
        EntryHash.Content other = new EntryHash.Content("1".repeat(64), c.occurredAt(), c.actorId(), c.actorName(),
                c.organisationId(), c.action(), c.targetType(), c.targetId(), c.ipAddress(), c.before(), c.after());
        assertThat(EntryHash.of(other)).isNotEqualTo(EntryHash.of(c));
    }

    @Test
    void refusesTimesFinerThanTheDatabaseKeeps() {
        EntryHash.Content c = content("li", "document", "12");
        EntryHash.Content nanos = new EntryHash.Content(c.prevHash(), AT.plusNanos(1), c.actorId(), c.actorName(),
                c.organisationId(), c.action(), c.targetType(), c.targetId(), c.ipAddress(), c.before(), c.after());
        assertThatThrownBy(() -> EntryHash.of(nanos)).isInstanceOf(IllegalArgumentException.class);
    }
}
