package org.gongkai.application;

/** How the application reached the office; decides the receipt date (Art. 31). Only ONLINE comes through the form. */
public enum Channel {
    ONLINE, IN_PERSON, POST, FAX, EMAIL, ORAL;

    public String labelKey() {
        return "app.channel." + name();
    }
}
