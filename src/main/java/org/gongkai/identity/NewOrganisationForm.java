package org.gongkai.identity;

/** The form that registers a subordinate organisation; the rest of its details are edited afterwards. */
record NewOrganisationForm(String parentId, String code, String name, String kind, String slug) {

    static NewOrganisationForm blank(Long parentId) {
        return new NewOrganisationForm(parentId == null ? "" : parentId.toString(), "", "", "", "");
    }

    Long parent() {
        try {
            return parentId == null || parentId.isBlank() ? null : Long.parseLong(parentId.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    OrganisationKind organisationKind() {
        try {
            return kind == null || kind.isBlank() ? null : OrganisationKind.valueOf(kind.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    NewOrganisation toNew() {
        return new NewOrganisation(parent(), code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT),
                name == null ? null : name.strip(), organisationKind(), slug == null ? null : slug.strip(), 0, null,
                null, new Organisation.DisclosureOffice(null, null, null, null, null, null, null),
                new Organisation.SiteIdentity(null, null, null));
    }
}
