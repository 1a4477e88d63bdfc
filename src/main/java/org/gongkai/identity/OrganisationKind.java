package org.gongkai.identity;

public enum OrganisationKind {
    MINISTRY, PROVINCE, CITY, COUNTY, UNIVERSITY, SCHOOL, OTHER;

    public String labelKey() {
        return "orgkind." + name();
    }
}
