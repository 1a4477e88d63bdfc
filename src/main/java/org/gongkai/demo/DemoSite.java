package org.gongkai.demo;

import org.gongkai.identity.StaffUser;

import java.time.LocalDate;
import java.util.Map;

/**
 * What the demo's parts build on: the organisations' ids, names and teams by key, the documents' ids by key, the
 * county's disclosure officer, and today in Beijing.
 */
record DemoSite(Map<String, Long> orgIds, Map<String, String> orgNames, Map<String, DemoContent.Team> teams,
                Map<String, Long> docIds, StaffUser officer, LocalDate today) {

    /** The county every part shows its workings in. */
    static final String COUNTY = "qingxi";

    long county() {
        return orgIds.get(COUNTY);
    }

    DemoContent.Team countyTeam() {
        return teams.get(COUNTY);
    }
}
