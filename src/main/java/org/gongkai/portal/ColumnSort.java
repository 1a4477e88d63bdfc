package org.gongkai.portal;

import org.gongkai.document.PublishedDocuments;

import java.util.Arrays;

/** How a column page orders its documents, as named in its address ({@code ?sort=}). */
enum ColumnSort {
    DATE("date", PublishedDocuments.ListOrder.NEWEST),
    OLDEST("oldest", PublishedDocuments.ListOrder.OLDEST),
    TITLE("title", PublishedDocuments.ListOrder.TITLE);

    private final String param;
    private final PublishedDocuments.ListOrder order;

    ColumnSort(String param, PublishedDocuments.ListOrder order) {
        this.param = param;
        this.order = order;
    }

    public String param() {
        return param;
    }

    PublishedDocuments.ListOrder order() {
        return order;
    }

    /** The sort named by the parameter; newest first when absent or unknown. */
    static ColumnSort of(String param) {
        return Arrays.stream(values()).filter(s -> s.param.equals(param)).findFirst().orElse(DATE);
    }
}
