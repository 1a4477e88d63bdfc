package org.gongkai.application;

/** The applicant as Art. 29 describes them: a natural person with an identity document, or an organisation. */
record Applicant(ApplicantType type, String name, IdType idType, String idNumber, String creditCode,
                 String legalRepresentative, String contactPerson, String phone, String email, String address,
                 String postcode) {

    /** What identifies the applicant for the monthly count of the per-application fee. */
    String identityKey() {
        return type == ApplicantType.NATURAL_PERSON ? idType + ":" + idNumber : "USCC:" + creditCode;
    }
}
