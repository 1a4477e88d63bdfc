package org.gongkai.enrollment;

import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.InvalidInputException;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The staff actions on school districts for callers outside this module (the demo content, operator tools): the same
 * checks, roles and audit as the back-office pages.
 */
@Service
public class SchoolDistricts {

    private final ZoningRules rules;
    private final ZoningStore store;

    SchoolDistricts(ZoningRules rules, ZoningStore store) {
        this.rules = rules;
        this.store = store;
    }

    /** Opens the year's zoning of the user's organisation, with a copy of the latest earlier year's rules if asked. */
    public long open(StaffUser user, int year, boolean copyLatest) {
        return rules.open(user, user.organisationId(), year, copyLatest);
    }

    /** Replaces the draft's rules with those of a CSV text (header row first); a problem throws, naming its row. */
    public int importCsv(StaffUser user, long zoningId, String csv) {
        RuleFile.Result r = rules.importRules(user, zoningId, "rules.csv", csv.getBytes(StandardCharsets.UTF_8));
        if (!r.ok()) {
            RuleFile.Problem p = r.problems().get(0);
            throw new InvalidInputException(Map.of("row" + p.row(), p.key()));
        }
        return r.rules().size();
    }

    public void publish(StaffUser user, long zoningId, String decisionTitle, String decisionUrl) {
        Zoning z = rules.readable(user, zoningId);
        rules.publish(user, zoningId, decisionTitle, decisionUrl, String.valueOf(z.version()));
    }

    /** Whether the organisation has a zoning of the year, published or not. */
    public boolean exists(long organisationId, int year) {
        return store.yearTaken(organisationId, year);
    }
}
