package org.gongkai.budget;

import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Fiscal Data Package descriptor covers every published table (ADR 0051): one resource per CSV that exists, each
 * resource's fields the CSV's header, every amount column a measure naming its resource, the tables not published
 * absent, and every resource path downloadable.
 */
@IntegrationTest
class BudgetDataPackageTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired OrganisationDirectory organisations;
    @Autowired BudgetStore store;
    @Autowired BudgetPublications actions;

    @Test
    void everyPublishedTableIsAResourceWithItsMeasuresAndDimensions() throws Exception {
        long org = fixtures.organisation("数据包县教育局");
        StaffUser editor = fixtures.staff(org, Role.EDITOR);
        StaffUser publisher = fixtures.staff(org, Role.PUBLISHER);
        String slug = organisations.get(org).slug();
        publish(editor, publisher, org, BudgetKind.BUDGET, BudgetTablesAndAmendmentsTest.base("数据包", "500.00")
                .economic("30101", "400.00").economic("30201", "200.00").fund("2296004", "0.00", "35.00").xlsx());
        publish(editor, publisher, org, BudgetKind.FINAL, BudgetTablesAndAmendmentsTest.base("数据包", "510.00").xlsx());

        JsonNode budget = json("/o/" + slug + "/budgets/2026/budget-datapackage.json");
        assertThat(budget.get("profile").asString()).isEqualTo("fiscal-data-package");
        assertThat(names(budget.get("resources"), "name"))
                .containsExactly("summary", "functional", "three-public", "economic", "fund");
        for (JsonNode r : budget.get("resources")) {
            String csv = new String(mvc.perform(get("/o/{s}/budgets/2026/{p}", slug, r.get("path").asString()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
            String header = csv.substring(1, csv.indexOf("\r\n"));
            assertThat(String.join(",", names(r.get("schema").get("fields"), "name"))).isEqualTo(header);
        }
        JsonNode measures = budget.get("model").get("measures");
        assertThat(measures.get("functional-total").get("resource").asString()).isEqualTo("functional");
        assertThat(measures.get("functional-total").get("phase").asString()).isEqualTo("approved");
        assertThat(measures.get("three-public-reception").get("source").asString()).isEqualTo("公务接待费");
        assertThat(measures.get("economic-total").get("currency").asString()).isEqualTo("CNY");
        assertThat(measures.get("fund-project").get("factor").asInt()).isEqualTo(10000);
        assertThat(measures.get("summary-amount").get("resource").asString()).isEqualTo("summary");
        JsonNode dimensions = budget.get("model").get("dimensions");
        assertThat(dimensions.get("economic-classification").get("classificationType").asString()).isEqualTo("economic");
        assertThat(dimensions.get("functional-classification").get("attributes").get("code").get("source").asString())
                .isEqualTo("科目编码");
        assertThat(dimensions.get("three-public-year").get("dimensionType").asString()).isEqualTo("datetime");

        // the final accounts have no economic or fund sheet: those tables are not described, and are not there
        JsonNode fin = json("/o/" + slug + "/budgets/2026/final-datapackage.json");
        assertThat(names(fin.get("resources"), "name")).containsExactly("summary", "functional", "three-public");
        assertThat(fin.get("model").get("measures").get("functional-total").get("phase").asString()).isEqualTo("executed");
        assertThat(fin.get("model").get("measures").has("economic-total")).isFalse();
        mvc.perform(get("/o/{s}/budgets/2026/final-economic.csv", slug)).andExpect(status().isNotFound());
    }

    void publish(StaffUser editor, StaffUser publisher, long org, BudgetKind kind, byte[] xlsx) {
        BudgetPublications.Uploaded u = actions.upload(editor, org, new BudgetPublications.Upload("2026", kind.name(),
                "2026 " + kind.name(), LocalDate.now().minusDays(3).toString(), null, null), "t.xlsx", xlsx);
        assertThat(u.workbook().problems()).isEmpty();
        actions.publish(publisher, u.id(), "已审查", String.valueOf(store.find(u.id()).orElseThrow().version()));
    }

    JsonNode json(String path) throws Exception {
        return JsonMapper.builder().build().readTree(mvc.perform(get(path)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray());
    }

    static List<String> names(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(field).asString()));
        return out;
    }
}
