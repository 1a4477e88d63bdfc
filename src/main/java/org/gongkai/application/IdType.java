package org.gongkai.application;

/** The identity document of a natural person. */
enum IdType {
    RESIDENT_ID, PASSPORT, HK_MACAO_PERMIT, TAIWAN_PERMIT, FOREIGNER_RESIDENCE, OTHER;

    public String labelKey() {
        return "app.idType." + name();
    }
}
