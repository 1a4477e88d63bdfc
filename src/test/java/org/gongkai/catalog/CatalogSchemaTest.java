package org.gongkai.catalog;

import org.gongkai.identity.OrganisationKind;
import org.gongkai.identity.OrganisationRegistry;
import org.gongkai.identity.StaffRegistry;
import org.gongkai.support.IntegrationTest;
import org.gongkai.support.StaffFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The database keeps the catalog's rules even when Java is bypassed. */
@IntegrationTest
class CatalogSchemaTest {

    @Autowired MockMvc mvc;
    @Autowired OrganisationRegistry organisations;
    @Autowired StaffRegistry staffRegistry;
    @Autowired JdbcClient jdbc;

    long org, otherOrg;

    @BeforeEach
    void fixtures() {
        StaffFixtures f = new StaffFixtures(organisations, staffRegistry, mvc);
        org = f.organisation(null, OrganisationKind.COUNTY);
        otherOrg = f.organisation(null, OrganisationKind.COUNTY);
    }

    private long insert(long organisationId, Long parentId, String name, int position) {
        return jdbc.sql("""
                insert into catalog_node (organisation_id, parent_id, name, openness_class, position)
                values (?, ?, ?, 'RESULT', ?) returning id""")
                .params(organisationId, parentId, name, position).query(Long.class).single();
    }

    @Test
    void constraintsHold() {
        long a = insert(org, null, "甲", 0);
        long b = insert(org, a, "乙", 0);
        assertThatThrownBy(() -> insert(org, null, " ", 1)).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> insert(org, null, "甲", 1)).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> insert(org, null, "丙", 0)).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> insert(otherOrg, a, "跨机构", 0)).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("update catalog_node set parent_id = ? where id = ?").params(b, a).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("update catalog_node set time_limit_days = 0 where id = ?").param(a).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("update catalog_node set time_limit_days = 366 where id = ?").param(a).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        insert(otherOrg, null, "甲", 0);
    }
}
