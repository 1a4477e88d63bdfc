package org.gongkai.challenge;

import org.springframework.jdbc.support.SqlArrayValue;

import java.util.List;

/**
 * A list of organisation ids bound as one bigint[] parameter ({@code organisation_id = any(:orgs)}): one bind value
 * however many organisations a province has, evaluated once per query (a text literal cast to bigint[] would be parsed
 * again for every row the filter looks at).
 */
final class OrganisationIds {

    private OrganisationIds() {
    }

    static SqlArrayValue array(List<Long> ids) {
        return new SqlArrayValue("bigint", ids.toArray());
    }
}
