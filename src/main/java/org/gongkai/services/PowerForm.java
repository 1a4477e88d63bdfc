package org.gongkai.services;

/** What the item form sends; the list and code only when the item is created. */
public record PowerForm(String list, String code, String name, String category, String legalBasis, String department,
                        String conditions, String changeNote, Boolean abolished, String version) {

    static PowerForm blank() {
        return new PowerForm(PowerList.POWER.name(), null, null, null, null, null, null, null, false, null);
    }

    static PowerForm of(PowerEdition e) {
        return new PowerForm(e.list().name(), e.code(), e.name(), e.category(), e.legalBasis(), e.department(),
                e.conditions(), e.published() ? null : e.changeNote(), e.abolished(), String.valueOf(e.version()));
    }

    /** The checked values; field errors for the rest. */
    record Values(String name, String category, String legalBasis, String department, String conditions,
                  String changeNote, boolean abolished) {

        java.util.Map<String, Object> asMap() {
            java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("name", name);
            m.put("category", category);
            m.put("legalBasis", legalBasis);
            m.put("department", department);
            m.put("conditions", conditions);
            m.put("abolished", abolished);
            return m;
        }

        static Values of(PowerEdition e) {
            return new Values(e.name(), e.category(), e.legalBasis(), e.department(), e.conditions(), e.changeNote(),
                    e.abolished());
        }
    }

    Values check(java.util.Map<String, String> errors) {
        return new Values(PlanValidation.text(name, 200, "name", true, errors),
                PlanValidation.text(category, 40, "category", true, errors),
                PlanValidation.text(legalBasis, 4000, "legalBasis", true, errors),
                PlanValidation.text(department, 200, "department", true, errors),
                PlanValidation.text(conditions, 4000, "conditions", false, errors),
                PlanValidation.text(changeNote, 500, "changeNote", false, errors), Boolean.TRUE.equals(abolished));
    }
}
