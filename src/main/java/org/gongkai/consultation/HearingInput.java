package org.gongkai.consultation;

/** The hearing notice as typed in the form; times as {@code yyyy-MM-ddTHH:mm} Beijing time. */
public record HearingInput(String heldAt, String place, String seats, String registrationClosesAt, String selectionRule) {

    static HearingInput blank() {
        return new HearingInput(null, null, null, null, null);
    }
}
