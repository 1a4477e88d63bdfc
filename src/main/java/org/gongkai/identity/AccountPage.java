package org.gongkai.identity;

import java.util.List;

/** One page of accounts, 1-based, with the sort that produced it. */
record AccountPage(List<AccountRow> items, int page, int size, long total, String sort, String dir) {

    public int totalPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < totalPages();
    }
}
