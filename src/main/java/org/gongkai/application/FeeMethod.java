package org.gongkai.application;

/** How an information-processing fee is counted (国办函〔2020〕109号): one method per application, never both. */
enum FeeMethod {
    /** By the number of applications one applicant filed in the calendar month. */
    PER_APPLICATION,
    /** By the number of pages (paper copies, email, copied electronic data). */
    PER_PAGE;

    public String labelKey() {
        return "app.feeMethod." + name();
    }
}
