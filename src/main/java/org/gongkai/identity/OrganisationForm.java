package org.gongkai.identity;

/** The organisation form as the user typed it; blank fields mean "none". */
record OrganisationForm(String name, String kind, String slug, String hostName, String address, String phone,
                        String officeName, String officeAddress, String officeHours, String officePhone,
                        String officeFax, String officeEmail, String officeOnline,
                        String icpNumber, String policeNumber, String siteCode, String version) {

    static OrganisationForm of(Organisation o, int version) {
        Organisation.DisclosureOffice f = o.office();
        Organisation.SiteIdentity s = o.site();
        return new OrganisationForm(o.name(), o.kind().name(), o.slug(), o.hostName(), o.address(), o.phone(),
                f.name(), f.address(), f.hours(), f.phone(), f.fax(), f.email(), f.online(),
                s.icpNumber(), s.policeNumber(), s.siteCode(), String.valueOf(version));
    }

    OrganisationForm withVersion(int v) {
        return new OrganisationForm(name, kind, slug, hostName, address, phone, officeName, officeAddress, officeHours,
                officePhone, officeFax, officeEmail, officeOnline, icpNumber, policeNumber, siteCode, String.valueOf(v));
    }

    int expectedVersion() {
        try {
            return Integer.parseInt(version == null ? "" : version.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
