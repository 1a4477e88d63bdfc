package org.gongkai.identity;

/** An organisation that discloses information: ministry, bureau, university or school, with its public identity. */
public record Organisation(
        long id, Long parentId, String code, String name, OrganisationKind kind, String slug, int position,
        String hostName, String address, String phone,
        DisclosureOffice office, SiteIdentity site) {

    public record DisclosureOffice(String name, String address, String hours, String phone, String fax,
                                   String email, String online) {
    }

    public record SiteIdentity(String icpNumber, String policeNumber, String siteCode) {
    }
}
