package org.gongkai.application;

import java.util.List;
import java.util.stream.Collectors;

/** A list of organisation ids as one PostgreSQL array literal, bound as a single parameter ({@code cast(:orgs as bigint[])}). */
final class OrganisationIds {

    private OrganisationIds() {
    }

    static String array(List<Long> ids) {
        return ids.stream().map(id -> Long.toString(id)).collect(Collectors.joining(",", "{", "}"));
    }
}
