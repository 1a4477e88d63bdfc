package org.gongkai.search;

/** Field names of the index. */
final class Fields {
    static final String ID = "id";
    static final String EDITION = "edition";
    static final String TITLE = "title";
    static final String BODY = "body";
    static final String ATTACHMENTS = "attachments";
    static final String NUMBER = "number";
    static final String NUMBER_EXACT = "number_exact";
    static final String INDEX_NUMBER = "index_number";
    static final String ORG = "org";
    static final String ORG_PATH = "org_path";
    static final String OPENNESS = "openness";
    static final String COLUMN = "column";
    static final String KIND = "kind";
    static final String THEME = "theme";
    static final String YEAR = "year";
    static final String VALIDITY = "validity";
    static final String DATE = "date";

    /** The CJK bigram twin of each text field (same text, {@link ChineseAnalysis#bigramAnalyzer()}). */
    static final String GRAMS = "_grams";

    /** The text fields a query looks in, with their boosts: title and 文号 matches rank first. */
    static final String[] TEXT = {TITLE, NUMBER, BODY, ATTACHMENTS};
    static final float[] BOOST = {10f, 8f, 1f, 0.7f};

    /** Facets counted from doc values for every search. */
    static final String[] FACETS = {ORG, COLUMN, OPENNESS, YEAR, KIND};

    /** The trigram and 4-gram twins of each text field ({@link HanGrams}): runs of three or more characters. */
    static final String TRIGRAMS = "_tri";
    static final String QUADGRAMS = "_quad";

    static String grams(String field) {
        return field + GRAMS;
    }

    static String trigrams(String field) {
        return field + TRIGRAMS;
    }

    static String quadgrams(String field) {
        return field + QUADGRAMS;
    }

    private Fields() {
    }
}
