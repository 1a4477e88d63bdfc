package org.gongkai.application;

/**
 * What the public form (and the staff registration form) sends, as text, kept as entered so a form with errors
 * shows it again. {@code website} is the honeypot: hidden from people, filled in by bots.
 */
record ApplicationForm(String applicantType, String name, String idType, String idNumber, String creditCode,
                       String legalRepresentative, String contactPerson, String phone, String email, String address,
                       String postcode, String description, String infoName, String infoNumber, String purpose,
                       String delivery, String website, String channel, String receivedOn) {

    static ApplicationForm empty() {
        return new ApplicationForm("NATURAL_PERSON", null, "RESIDENT_ID", null, null, null, null, null, null, null,
                null, null, null, null, null, "ELECTRONIC", null, null, null);
    }
}
