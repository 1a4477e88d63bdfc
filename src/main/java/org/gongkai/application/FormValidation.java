package org.gongkai.application;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Checks an application form field by field (message keys per field) and turns it into the application's parts. */
final class FormValidation {

    private static final Pattern RESIDENT_ID = Pattern.compile("^[0-9]{17}[0-9X]$");
    private static final Pattern CREDIT_CODE = Pattern.compile("^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$");
    private static final Pattern PHONE = Pattern.compile("^[0-9+()\\- ]{5,40}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern POSTCODE = Pattern.compile("^[0-9]{6}$");

    /** The checked parts of a valid form. */
    record Parts(Applicant applicant, RequestedInfo info, Delivery delivery) {
    }

    final Map<String, String> errors = new LinkedHashMap<>();

    Parts check(ApplicationForm f) {
        ApplicantType type = parse(ApplicantType.class, f.applicantType(), "applicantType");
        String name = text(f.name(), 200, true, "name");
        IdType idType = null;
        String idNumber = null;
        String credit = null;
        String legal = null;
        String contactPerson = text(f.contactPerson(), 100, false, "contactPerson");
        if (type == ApplicantType.NATURAL_PERSON) {
            idType = parse(IdType.class, f.idType(), "idType");
            idNumber = text(f.idNumber(), 40, true, "idNumber");
            if (idNumber != null) {
                idNumber = idNumber.toUpperCase();
                if (idType == IdType.RESIDENT_ID && !residentIdValid(idNumber)) {
                    errors.putIfAbsent("idNumber", "app.error.residentId");
                }
            }
        } else if (type != null) {
            credit = text(f.creditCode(), 18, true, "creditCode");
            if (credit != null) {
                credit = credit.toUpperCase();
                if (!CREDIT_CODE.matcher(credit).matches()) {
                    errors.putIfAbsent("creditCode", "app.error.creditCode");
                }
            }
            legal = text(f.legalRepresentative(), 100, true, "legalRepresentative");
            if (contactPerson == null) {
                errors.putIfAbsent("contactPerson", "app.error.required");
            }
        }
        String phone = pattern(f.phone(), PHONE, "phone", "app.error.phone");
        String email = pattern(f.email(), EMAIL, "email", "app.error.email");
        if (email != null && email.length() > 200) {
            errors.putIfAbsent("email", "app.error.email");
        }
        String address = text(f.address(), 300, false, "address");
        String postcode = pattern(f.postcode(), POSTCODE, "postcode", "app.error.postcode");
        if (phone == null && email == null && address == null && !errors.containsKey("phone") && !errors.containsKey("email")) {
            errors.putIfAbsent("phone", "app.error.contact");
        }
        String description = text(f.description(), 5000, true, "description");
        String infoName = text(f.infoName(), 300, false, "infoName");
        String infoNumber = text(f.infoNumber(), 100, false, "infoNumber");
        String purpose = text(f.purpose(), 2000, false, "purpose");
        Delivery delivery = parse(Delivery.class, f.delivery(), "delivery");
        if (delivery == Delivery.EMAIL && email == null) {
            errors.putIfAbsent("email", "app.error.emailForDelivery");
        }
        if (delivery == Delivery.POST && address == null) {
            errors.putIfAbsent("address", "app.error.addressForDelivery");
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new Parts(new Applicant(type, name, idType, idNumber, credit, legal, contactPerson, phone, email,
                address, postcode), new RequestedInfo(description, infoName, infoNumber, purpose), delivery);
    }

    /** 18 characters, the last a check digit (GB 11643). */
    static boolean residentIdValid(String id) {
        if (!RESIDENT_ID.matcher(id).matches()) {
            return false;
        }
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * weights[i];
        }
        return "10X98765432".charAt(sum % 11) == id.charAt(17);
    }

    <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            errors.putIfAbsent(field, "app.error.required");
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            errors.putIfAbsent(field, "app.error.choice");
            return null;
        }
    }

    String text(String value, int max, boolean required, String field) {
        String v = value == null ? null : value.strip();
        if (v == null || v.isEmpty()) {
            if (required) {
                errors.putIfAbsent(field, "app.error.required");
            }
            return null;
        }
        if (v.length() > max) {
            errors.putIfAbsent(field, "app.error.tooLong");
            return null;
        }
        return v;
    }

    private String pattern(String value, Pattern p, String field, String key) {
        String v = value == null ? null : value.strip();
        if (v == null || v.isEmpty()) {
            return null;
        }
        if (!p.matcher(v).matches()) {
            errors.putIfAbsent(field, key);
            return null;
        }
        return v;
    }
}
