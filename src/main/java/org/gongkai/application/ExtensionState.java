package org.gongkai.application;

/** The one extension an application may have (Art. 33): asked for by an officer, approved by the office's head. */
enum ExtensionState {
    NONE, REQUESTED, APPROVED;

    public String labelKey() {
        return "app.extension." + name();
    }
}
