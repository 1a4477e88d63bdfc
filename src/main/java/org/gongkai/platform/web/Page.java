package org.gongkai.platform.web;

import java.util.List;

/** One page of a longer list. {@code page} counts from 1. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public int totalPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < totalPages();
    }

    /** A requested page number clamped to at least 1. */
    public static int clamp(Integer requested) {
        return requested == null || requested < 1 ? 1 : Math.min(requested, 100_000);
    }

    public static int offset(int page, int size) {
        return (page - 1) * size;
    }
}
