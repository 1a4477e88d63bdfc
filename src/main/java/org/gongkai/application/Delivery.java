package org.gongkai.application;

/** The form in which the applicant wants the information (Art. 29). */
enum Delivery {
    PAPER, ELECTRONIC, EMAIL, COLLECT, POST;

    public String labelKey() {
        return "app.delivery." + name();
    }
}
