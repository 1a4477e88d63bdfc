package org.gongkai.catalog;

/** The node form as the user typed it, kept as text so that it can be shown again with field messages. */
record NodeForm(String parentId, String name, String opennessClass, String columnKind, String timeLimitDays,
                String description, String version) {

    static NodeForm blank(Long parentId) {
        return new NodeForm(parentId == null ? "" : parentId.toString(), "", "", ColumnKind.OTHER.name(),
                String.valueOf(CatalogNode.DEFAULT_TIME_LIMIT_DAYS), "", "");
    }

    static NodeForm of(CatalogNode n) {
        return new NodeForm(n.parentId() == null ? "" : n.parentId().toString(), n.name(), n.opennessClass().name(),
                n.columnKind().name(), String.valueOf(n.timeLimitDays()), n.description() == null ? "" : n.description(),
                String.valueOf(n.version()));
    }

    /** Text that is not a number becomes a value the validation rejects with the field's message. */
    NodeDraft toDraft() {
        Long parent = blank(parentId) ? null : parseLong(parentId.strip(), -1L);
        Integer days = blank(timeLimitDays) ? null : parseInt(timeLimitDays.strip(), 0);
        return new NodeDraft(parent, name, opennessClass, columnKind, days, description);
    }

    Integer expectedVersion() {
        return blank(version) ? null : parseInt(version.strip(), -1);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static long parseLong(String s, long otherwise) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private static int parseInt(String s, int otherwise) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
