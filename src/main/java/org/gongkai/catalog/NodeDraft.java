package org.gongkai.catalog;

/**
 * What a user submits to create or change a catalog node, before validation. The classes are given by their
 * codes (such as {@code DECISION}); a missing time limit means the default of 20 working days; a missing column kind
 * means {@code OTHER}.
 */
public record NodeDraft(Long parentId, String name, String opennessClass, String columnKind, Integer timeLimitDays,
                        String description) {

    public static NodeDraft of(Long parentId, String name, OpennessClass cls, ColumnKind kind, int timeLimitDays) {
        return new NodeDraft(parentId, name, cls.name(), kind.name(), timeLimitDays, null);
    }
}
