package org.gongkai.enrollment;

import java.util.LinkedHashMap;
import java.util.Map;

/** The checked values of one rule, with the keys the look-up compares. */
record RuleValues(String school, String street, Integer numberFrom, Integer numberTo, Parity parity, String compound,
                  String note) {

    String streetKey() {
        return street == null ? null : AddressNormaliser.normalise(street);
    }

    String compoundKey() {
        return compound == null ? null : AddressNormaliser.normalise(compound);
    }

    Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("school", school);
        m.put("street", street);
        m.put("numberFrom", numberFrom);
        m.put("numberTo", numberTo);
        m.put("parity", parity.name());
        m.put("compound", compound);
        m.put("note", note);
        return m;
    }

    static RuleValues of(ZoningRule r) {
        return new RuleValues(r.school(), r.street(), r.numberFrom(), r.numberTo(), r.parity(), r.compound(), r.note());
    }
}
