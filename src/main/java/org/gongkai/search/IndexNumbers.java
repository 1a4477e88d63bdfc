package org.gongkai.search;

/** 索引号 in one form for exact matching: folded to half-width, spaces dropped, letters upper-cased. */
final class IndexNumbers {

    private IndexNumbers() {
    }

    static String normalise(String indexNumber) {
        if (indexNumber == null) {
            return "";
        }
        return TextFolding.fold(indexNumber.strip()).replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
    }
}
