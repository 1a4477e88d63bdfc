package org.gongkai.enrollment;

/**
 * One address rule of a school's district: a street (with a house-number range and side, or the whole street), or a
 * residential compound. The keys are the normalised forms the look-up compares ({@link AddressNormaliser}).
 */
public record ZoningRule(long id, long zoningId, String school, String street, String streetKey, Integer numberFrom,
                         Integer numberTo, Parity parity, String compound, String compoundKey, String note) {

    boolean isCompound() {
        return compound != null;
    }

    boolean hasRange() {
        return numberFrom != null;
    }

    /** Whether a house number on the rule's street falls in the rule (null: the address gave no number). */
    boolean covers(Integer number) {
        if (number == null) {
            return !hasRange() && parity == Parity.ALL;
        }
        return (!hasRange() || (number >= numberFrom && number <= numberTo)) && parity.admits(number);
    }

    /** What the rule says, as a key for comparing years: the same district drawn the same way. */
    String signature() {
        return isCompound() ? "C|" + compoundKey
                : "S|" + streetKey + "|" + numberFrom + "|" + numberTo + "|" + parity;
    }
}
