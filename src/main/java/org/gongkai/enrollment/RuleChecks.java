package org.gongkai.enrollment;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The checks of one rule, the same for the form and for each row of an imported file; they repeat what the database
 * enforces (V60) so that a person reads which field is wrong. Errors are message keys by field name.
 */
final class RuleChecks {

    static final int SCHOOL_MAX = 200;
    static final int NAME_MAX = 100;
    static final int NOTE_MAX = 500;
    static final int NUMBER_MAX = 99_999;

    /** A rule as typed: a form, or a row of a file. */
    record Raw(String school, String street, String numberFrom, String numberTo, String parity, String compound,
               String note) {
    }

    /** The values, or the errors by field (school, street, numberFrom, numberTo, parity, compound, note). */
    record Outcome(RuleValues values, Map<String, String> errors) {
        boolean ok() {
            return errors.isEmpty();
        }
    }

    private RuleChecks() {
    }

    static Outcome check(Raw raw) {
        Map<String, String> errors = new LinkedHashMap<>();
        String school = text(raw.school());
        if (school == null) {
            errors.put("school", "zoning.error.school");
        } else if (school.length() > SCHOOL_MAX) {
            errors.put("school", "zoning.error.tooLong");
        }
        String street = text(raw.street());
        String compound = text(raw.compound());
        if (street == null && compound == null) {
            errors.put("street", "zoning.error.streetOrCompound");
        } else if (street != null && compound != null) {
            errors.put("compound", "zoning.error.streetAndCompound");
        }
        if (street != null && (street.length() > NAME_MAX || AddressNormaliser.normalise(street).isEmpty()
                || AddressNormaliser.normalise(street).length() > NAME_MAX)) {
            errors.put("street", street.length() > NAME_MAX ? "zoning.error.tooLong" : "zoning.error.name");
        }
        if (compound != null && (compound.length() > NAME_MAX || AddressNormaliser.normalise(compound).isEmpty()
                || AddressNormaliser.normalise(compound).length() > NAME_MAX)) {
            errors.put("compound", compound.length() > NAME_MAX ? "zoning.error.tooLong" : "zoning.error.name");
        }
        Integer from = number(raw.numberFrom(), "numberFrom", errors);
        Integer to = number(raw.numberTo(), "numberTo", errors);
        if (!errors.containsKey("numberFrom") && !errors.containsKey("numberTo")) {
            if ((from == null) != (to == null)) {
                errors.put(from == null ? "numberFrom" : "numberTo", "zoning.error.rangeHalf");
            } else if (from != null && from > to) {
                errors.put("numberTo", "zoning.error.rangeOrder");
            }
        }
        Parity parity = parity(raw.parity());
        if (parity == null) {
            errors.put("parity", "zoning.error.parity");
        }
        if (compound != null && street == null && (from != null || to != null || (parity != null && parity != Parity.ALL))) {
            errors.put(from != null || to != null ? "numberFrom" : "parity", "zoning.error.compoundNumbers");
        }
        String note = text(raw.note());
        if (note != null && note.length() > NOTE_MAX) {
            errors.put("note", "zoning.error.tooLong");
        }
        if (!errors.isEmpty()) {
            return new Outcome(null, errors);
        }
        return new Outcome(new RuleValues(school, street, from, to, parity, compound, note), Map.of());
    }

    /** 全部 / 单号 / 双号 as staff write them in a sheet, or the enum names; blank is all. */
    static Parity parity(String raw) {
        String p = text(raw);
        if (p == null) {
            return Parity.ALL;
        }
        return switch (AddressNormaliser.normalise(p).toLowerCase(Locale.ROOT)) {
            case "all", "全部", "全", "单双号", "不限" -> Parity.ALL;
            case "odd", "单", "单号", "单数" -> Parity.ODD;
            case "even", "双", "双号", "双数" -> Parity.EVEN;
            default -> null;
        };
    }

    private static Integer number(String raw, String field, Map<String, String> errors) {
        String s = text(raw);
        if (s == null) {
            return null;
        }
        s = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC).strip();
        if (s.endsWith("号") || s.endsWith("弄")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        if (s.endsWith(".0")) { // a spreadsheet's number cell read as text
            s = s.substring(0, s.length() - 2);
        }
        try {
            int n = Integer.parseInt(s);
            if (n < 1 || n > NUMBER_MAX) {
                errors.put(field, "zoning.error.numberRange");
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            errors.put(field, "zoning.error.number");
            return null;
        }
    }

    static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
