package org.gongkai.application;

import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The fees the platform recorded, offered to section 六 of the annual report in 万元 to four decimals. */
@IntegrationTest
class RecordedFeesTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired OrganisationDirectory organisations;
    @Autowired ReceiveApplication receive;
    @Autowired ApplicationStore store;
    @Autowired FeeNotice fees;
    @Autowired ApplicationFacts facts;

    @Test
    void paidAndLapsedFeesOfTheYearAreOfferedBesideSectionSix() throws Exception {
        long org = fixtures.organisation("教育局");
        StaffUser officer = fixtures.staff(org, Role.DISCLOSURE_OFFICER);
        Organisation o = organisations.get(org);
        long paid = receive.offline(officer, o, ApplicationSamples.parts("甲", "收费一"), Channel.POST,
                LocalDate.parse("2024-09-27"), null).id();
        fees.notice(officer, paid, FeeMethod.PER_PAGE, 31, LocalDate.parse("2024-10-08"));
        fees.paid(officer, paid, LocalDate.parse("2024-10-15"));
        long lapsed = receive.offline(officer, o, ApplicationSamples.parts("乙", "收费二"), Channel.POST,
                LocalDate.parse("2024-09-27"), null).id();
        fees.notice(officer, lapsed, FeeMethod.PER_PAGE, 150, LocalDate.parse("2024-10-08"));
        fees.lapse(officer, lapsed, store.get(lapsed).fee().dueOn().plusDays(1));

        RecordedFees f = facts.fees(List.of(org), LocalDate.parse("2024-01-01"), LocalDate.parse("2024-12-31"));
        assertThat(f).isEqualTo(new RecordedFees(1, 10, 1, 1700));
        assertThat(f.paidTenThousandYuan()).isEqualTo(new BigDecimal("0.0010"));
        assertThat(f.lapsedTenThousandYuan()).isEqualTo(new BigDecimal("0.1700"));
        assertThat(facts.fees(List.of(org), LocalDate.parse("2025-01-01"), LocalDate.parse("2025-12-31")))
                .isEqualTo(new RecordedFees(0, 0, 0, 0));

        StaffUser editor = fixtures.staff(org, Role.EDITOR);
        mvc.perform(get("/admin/report/2024").param("org", String.valueOf(org)).with(fixtures.as(editor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("本期实际收取 1 件，合计 0.0010 万元")))
                .andExpect(content().string(containsString("逾期未缴费、不再处理 1 件，涉及 0.1700 万元")));
    }
}
