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

    /** The text fields, each with its words; their boosts when a lone character is looked up by words. */
    static final String[] TEXT = {TITLE, NUMBER, BODY, ATTACHMENTS};
    static final float[] BOOST = {10f, 8f, 1f, 0.7f};

    /**
     * All four texts in one field (values kept apart by a position gap), as grams only: what a query must match. One
     * field, so a query of three chunks is a conjunction of three terms or phrases, not of three four-field
     * disjunctions (ADR 0019, the single matching field).
     */
    static final String ALL = "all";

    /** The fields whose own gram twins add to the score, so their matches rank first: title, then 文号. */
    static final String[] RANKED = {TITLE, NUMBER};
    static final float[] RANK_BOOST = {10f, 8f};

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
