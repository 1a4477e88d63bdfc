package org.gongkai.review;

/** What a screening finding is. Message key of the display name: {@link #labelKey()}. */
public enum FindingKind {
    RESIDENT_ID, MOBILE, LANDLINE, BANK_CARD, EMAIL, PASSPORT, HK_MACAU_PERMIT, TAIWAN_PERMIT,
    SECRET_MARKING, NEGATIVE_TERM, PERSON_LIST,
    /** Something in a file the screening could not read: a reviewer opens the file and confirms it, with a reason. */
    NOT_SCREENED;

    public String labelKey() {
        return "review.kind." + name();
    }

    /** Personal numbers that identify one person (the building blocks of a {@link #PERSON_LIST}). */
    public boolean isPersonalNumber() {
        return switch (this) {
            case RESIDENT_ID, MOBILE, BANK_CARD, PASSPORT, HK_MACAU_PERMIT, TAIWAN_PERMIT -> true;
            default -> false;
        };
    }
}
