package org.gongkai.participation;

/**
 * A line added to an incident's timeline, as typed: a STATEMENT is a document published on the portal (its number;
 * its time is when it was published), a PRESS_CONFERENCE is held at a time staff give, with a title, a place and
 * optionally its published record.
 */
record StatementForm(String kind, String documentId, String title, String heldAt, String place) {

    static final int TITLE_MAX = 200;
    static final int PLACE_MAX = 200;

    static StatementForm blank() {
        return new StatementForm("STATEMENT", "", "", "", "");
    }

    public boolean pressConference() {
        return "PRESS_CONFERENCE".equals(kind);
    }

    /** The document number typed, null when none, -1 when it is not a number. */
    Long document() {
        String d = IncidentForm.strip(documentId);
        if (d == null) {
            return null;
        }
        try {
            return Long.parseLong(d);
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
