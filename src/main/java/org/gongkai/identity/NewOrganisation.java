package org.gongkai.identity;

/** What it takes to register an organisation. */
public record NewOrganisation(Long parentId, String code, String name, OrganisationKind kind, String slug,
                              int position, String address, String phone,
                              Organisation.DisclosureOffice office, Organisation.SiteIdentity site) {
}
