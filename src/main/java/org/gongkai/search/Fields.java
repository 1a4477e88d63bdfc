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
    static final String ORG = "org";
    static final String ORG_PATH = "org_path";
    static final String OPENNESS = "openness";
    static final String THEME = "theme";
    static final String YEAR = "year";
    static final String VALIDITY = "validity";
    static final String DATE = "date";

    /** The text fields a query looks in, with their boosts. */
    static final String[] TEXT = {TITLE, NUMBER, BODY, ATTACHMENTS};
    static final float[] BOOST = {4f, 2f, 1f, 0.7f};

    private Fields() {
    }
}
