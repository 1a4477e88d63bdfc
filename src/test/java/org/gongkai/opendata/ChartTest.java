package org.gongkai.opendata;

import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The chart on a table's preview: drawn on the server as SVG (bars or a line of a chosen numeric column against a
 * label column), with the charted values as a table beside it, no script; unknown columns are 400s; hostile cells
 * stay text.
 */
@IntegrationTest
class ChartTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired ManageDatasets manage;
    @Autowired UploadResource upload;
    @Autowired OrganisationDirectory organisations;

    @Test
    void thePreviewCarriesAServerDrawnChartWithItsTableAsTheTextAlternative() throws Exception {
        long org = fixtures.organisation("开放数据图表局");
        StaffUser editor = fixtures.staff(org, Role.EDITOR);
        StaffUser publisher = fixtures.staff(org, Role.PUBLISHER);
        long id = manage.create(editor, OpenDataTest.form("学校规模图表"));
        upload.addResource(editor, id, "学校名录", "学校代码", "s.csv",
                OpenDataTest.utf8(OpenDataTest.V1 + "1005,<b>粗体</b>中学,600\n"));
        manage.publish(publisher, id);

        // by default: the first numeric column that is not the key, against the first text column, as bars
        String page = mvc.perform(get("/data/" + id)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<svg class=\"chart od-chart\"").contains("role=\"img\"").contains("在校生数（按学校名称）柱状图")
                .contains("图表数据（图表的文字替代）");
        assertThat(page.split("<rect ", -1)).hasSize(5);
        assertThat(page).contains("<th scope=\"row\">清溪一中</th><td>1200</td>")
                .contains("&lt;b&gt;粗体&lt;/b&gt;中学").doesNotContain("<b>粗体</b>");
        // no script but the metadata block
        assertThat(page.replace("<script type=\"application/ld+json\">", "")).doesNotContain("<script");

        String line = mvc.perform(get("/data/" + id).param("chart", "LINE").param("value", "学校代码").param("label", "学校名称"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(line).contains("<polyline class=\"line\"").contains("学校代码（按学校名称）折线图").doesNotContain("<rect ");

        mvc.perform(get("/data/" + id).param("value", "学校名称")).andExpect(status().isBadRequest());
        mvc.perform(get("/data/" + id).param("label", "没有这一列")).andExpect(status().isBadRequest());
        mvc.perform(get("/data/" + id).param("chart", "PIE")).andExpect(status().isBadRequest());
    }

    @Test
    void theScaleIsRoundedFromZeroAndCellsThatAreNotNumbersAreLeftOut() {
        Table t = new Table(List.of("区", "人数"), List.of(
                new Table.Row(2, List.of("甲", "1,200")), new Table.Row(3, List.of("乙", "９８０")),
                new Table.Row(4, List.of("丙", "—")), new Table.Row(5, List.of("丁", "-450.5"))));
        TableChart c = TableChart.of(t, 0, 1, TableChart.Kind.BAR, 20);
        assertThat(c.points()).extracting(TableChart.Point::label).containsExactly("甲", "乙", "丁");
        assertThat(c.skipped()).isEqualTo(1);
        assertThat(c.ticks()).extracting(TableChart.Tick::label).containsExactly("-500", "0", "500", "1000", "1500");
        // a negative bar hangs from the zero line
        TableChart.Point negative = c.points().get(2);
        assertThat(Double.parseDouble(negative.y())).isEqualTo(Double.parseDouble(c.baselineY()));
        assertThat(TableChart.niceStep(240)).isEqualTo(500);
        assertThat(TableChart.niceStep(0.03)).isEqualTo(0.05, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(TableChart.number("12a")).isNull();
    }
}
