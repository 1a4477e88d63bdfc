package org.gongkai.inspection;

import org.gongkai.catalog.CatalogColumns;
import org.gongkai.catalog.CatalogNode;
import org.gongkai.catalog.ColumnKind;
import org.gongkai.document.ColumnActivity;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SiteInspectionTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired InspectionFixture fx;
    @Autowired SiteInspector inspector;
    @Autowired CatalogColumns catalogColumns;
    @Autowired ColumnActivity activity;
    @Autowired Clock clock;

    /**
     * A news column last updated 20 days ago (stale), a policy column updated a month ago (fine), an "other" column
     * last updated over a year ago (long stale), five empty columns (one of them below a group node, which is not a
     * column itself), and a news item dated in the future, which does not count as an update.
     */
    record Sample(InspectionFixture.Site site, CatalogNode news, CatalogNode policy, CatalogNode other,
                  CatalogNode group, long futureDoc) {
    }

    Sample sample() {
        LocalDate today = fx.today();
        InspectionFixture.Site site = fx.site("自查县教育局", null);
        CatalogNode news = fx.column(site, null, "工作动态", ColumnKind.NEWS);
        CatalogNode policy = fx.column(site, null, "政策文件", ColumnKind.POLICY);
        CatalogNode other = fx.column(site, null, "机构概况", ColumnKind.OTHER);
        CatalogNode group = fx.column(site, null, "人事信息", ColumnKind.NOTICE);
        fx.column(site, group.id(), "人员招聘", ColumnKind.NOTICE);
        for (int i = 1; i <= 4; i++) {
            fx.column(site, null, "空白栏目" + i, ColumnKind.NOTICE);
        }
        fx.publish(site, news.id(), "自查动态二十天前", today.minusDays(20));
        fx.publish(site, news.id(), "自查动态更早", today.minusDays(40));
        long future = fx.publish(site, news.id(), "自查动态日期在未来", today.plusDays(10));
        fx.publish(site, policy.id(), "自查政策一个月前", today.minusMonths(1));
        fx.publish(site, other.id(), "自查机构概况", today.minusDays(400));
        return new Sample(site, news, policy, other, group, future);
    }

    @Test
    void staleNewsColumnEmptyColumnsAndTheHomePageAreJudgedAsOfToday() {
        Sample s = sample();
        LocalDate today = fx.today();
        SiteInspector.Dashboard d = inspector.dashboard(s.site().id());
        SiteInspection site = d.site();

        assertThat(site.today()).isEqualTo(today);
        // Home page: the newest date not after today is 20 days ago; the one in the future does not count.
        assertThat(site.homePageUpdated()).isEqualTo(today.minusDays(20));
        assertThat(site.homePage()).isEqualTo(Verdict.FAILED);
        assertThat(site.datedAfterToday()).isEqualTo(1);

        // Columns are the leaves: the group 人事信息 is not one, its child 人员招聘 is.
        assertThat(site.columns()).extracting(c -> c.node().name())
                .containsExactly("工作动态", "政策文件", "机构概况", "人员招聘", "空白栏目1", "空白栏目2", "空白栏目3", "空白栏目4");
        ColumnCheck news = column(site, "工作动态");
        assertThat(news.stale()).isTrue();
        assertThat(news.lastUpdate()).isEqualTo(today.minusDays(20));
        assertThat(news.deadline()).isEqualTo(today.minusDays(6));
        ColumnCheck policy = column(site, "政策文件");
        assertThat(policy.stale()).isFalse();
        assertThat(policy.longStale()).isFalse();
        assertThat(policy.deadline()).isEqualTo(today.minusMonths(1).plusMonths(6));
        ColumnCheck other = column(site, "机构概况");
        assertThat(other.stale()).isFalse();
        assertThat(other.longStale()).isTrue();
        assertThat(column(site, "人员招聘").path()).containsExactly("人事信息", "人员招聘");

        assertThat(site.staleColumns()).isEqualTo(1);
        assertThat(site.longStaleColumns()).isEqualTo(1);
        assertThat(site.emptyColumns()).isEqualTo(5);
        assertThat(site.columnsUpdated()).isEqualTo(Verdict.PASSED);
        assertThat(site.columnsFilled()).isEqualTo(Verdict.FAILED);
        assertThat(site.dates()).isEqualTo(Verdict.PASSED);
        // the messages module answers the questions check (org.gongkai.participation); this site has none overdue
        assertThat(site.questions()).isEqualTo(Verdict.PASSED);
        assertThat(site.failed()).isEqualTo(2);

        // What to fix: the home page first, then the overdue columns (longest overdue first), the empty columns,
        // the document dated after today; the policy column is not due soon and is not listed.
        assertThat(d.fixes()).extracting(FixItem::kind).containsExactly(FixItem.Kind.HOME_PAGE,
                FixItem.Kind.COLUMN, FixItem.Kind.COLUMN, FixItem.Kind.EMPTY_COLUMN, FixItem.Kind.EMPTY_COLUMN,
                FixItem.Kind.EMPTY_COLUMN, FixItem.Kind.EMPTY_COLUMN, FixItem.Kind.EMPTY_COLUMN,
                FixItem.Kind.DATED_AFTER_TODAY);
        assertThat(d.fixes().get(0).deadline()).isEqualTo(today.minusDays(6));
        assertThat(d.fixes().get(0).overdue()).isTrue();
        assertThat(d.fixes().get(1).subject()).isEqualTo("机构概况");
        assertThat(d.fixes().get(1).deadline()).isEqualTo(today.minusDays(400).plusYears(1));
        assertThat(d.fixes().get(2).subject()).isEqualTo("工作动态");
        assertThat(d.fixes().get(2).problemKey()).isEqualTo("inspection.fix.stale.NEWS");
        assertThat(d.fixes().get(8).documentId()).isEqualTo(s.futureDoc());
        assertThat(d.fixes()).noneMatch(f -> "政策文件".equals(f.subject()));
    }

    @Test
    void theDashboardShowsVerdictsDeadlinesAndLinksInChineseAndEnglish() throws Exception {
        Sample s = sample();
        LocalDate today = fx.today();
        String zh = page("/admin/inspection", s.site().editor());
        assertThat(zh).contains("网站自查", "有 2 项未通过", "最近更新 " + today.minusDays(20) + "，已超过 2 周未更新");
        assertThat(zh).contains("未按期更新的栏目 1 个", "长期未更新（超过 1 年）的栏目 1 个", "空白栏目 5 个");
        assertThat(zh).contains("工作动态", "动态类栏目超过 2 周未更新。", "自 " + today.minusDays(6) + " 起逾期");
        assertThat(zh).contains("/admin/catalog?org=" + s.site().id() + "#node-" + s.news().id());
        assertThat(zh).contains("/admin/documents/" + s.futureDoc(), "晚于今天");
        assertThat(zh).contains("/admin/documents/new");
        assertThat(zh).doesNotContain("政策文件类栏目超过 6 个月未更新");

        String en = page("/admin/inspection?lang=en", s.site().editor());
        assertThat(en).contains("Site self-inspection", "2 check(s) failed", "Empty columns: 5",
                "overdue since " + today.minusDays(6), "News column not updated for over 2 weeks.");
        // The reviewer reads the dashboard but cannot publish from it.
        assertThat(page("/admin/inspection", s.site().reviewer())).doesNotContain("/admin/documents/new");
    }

    @Test
    void questionsAreShownAsNotCheckedNeverAsPassedWithoutAQuestionsModule() {
        Sample s = sample();
        SiteInspector withoutQuestions = new SiteInspector(catalogColumns, activity,
                new DefaultListableBeanFactory().getBeanProvider(QuestionBacklog.class),
                new InspectionSettings(Period.ofYears(1), Period.ofDays(7)), clock);
        SiteInspection site = withoutQuestions.inspect(List.of(s.site().id())).get(s.site().id());
        Check questions = site.checks().get(4);
        assertThat(questions.key()).isEqualTo("inspection.check.questions");
        assertThat(questions.verdict()).isEqualTo(Verdict.NOT_CHECKED);
    }

    @Test
    void withTheMessagesModuleASiteWithoutOverdueMessagesPassesTheQuestionsCheck() throws Exception {
        Sample s = sample();
        SiteInspection site = inspector.inspect(List.of(s.site().id())).get(s.site().id());
        assertThat(site.checks().get(4).verdict()).isEqualTo(Verdict.PASSED);
        String html = page("/admin/inspection", s.site().editor());
        assertThat(html).contains("留言答复", "没有超过 3 个月未答复的有效留言").doesNotContain("verdict-NOT_CHECKED");
    }

    @Test
    void aQuestionsModuleCanPlugInItsBacklog() {
        Sample s = sample();
        LocalDate today = fx.today();
        QuestionBacklog backlog = new QuestionBacklog() {
            @Override
            public List<Unanswered> unansweredSince(long organisationId, LocalDate receivedBefore) {
                return List.of(new Unanswered(7, "学位证明如何办理", today.minusMonths(4), "/admin/questions/7"));
            }

            @Override
            public Map<Long, Long> countUnansweredSince(Collection<Long> organisationIds, LocalDate receivedBefore) {
                assertThat(receivedBefore).isEqualTo(today.minusMonths(3));
                return Map.of(s.site().id(), 1L);
            }
        };
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("backlog", backlog);
        SiteInspector withQuestions = new SiteInspector(catalogColumns, activity,
                beans.getBeanProvider(QuestionBacklog.class), new InspectionSettings(Period.ofYears(1), Period.ofDays(7)),
                clock);
        SiteInspector.Dashboard d = withQuestions.dashboard(s.site().id());
        assertThat(d.site().questions()).isEqualTo(Verdict.FAILED);
        assertThat(d.site().failed()).isEqualTo(3);
        FixItem question = d.fixes().stream().filter(f -> f.kind() == FixItem.Kind.QUESTION).findFirst().orElseThrow();
        assertThat(question.urgency()).isZero();
        assertThat(question.path()).isEqualTo("/admin/questions/7");
        assertThat(question.deadline()).isEqualTo(today.minusMonths(4).plusMonths(3));
    }

    @Test
    void aFreshSiteWithNothingToFixShowsTheEmptyState() throws Exception {
        InspectionFixture.Site site = fx.site("自查模范学校", null);
        CatalogNode news = fx.column(site, null, "校园动态", ColumnKind.NEWS);
        fx.publish(site, news.id(), "自查今日动态", fx.today().minusDays(2));
        SiteInspection inspection = inspector.inspect(List.of(site.id())).get(site.id());
        assertThat(inspection.homePage()).isEqualTo(Verdict.PASSED);
        assertThat(inspection.failed()).isZero();
        String html = page("/admin/inspection", site.editor());
        assertThat(html).contains("本平台能检查的各项均已通过", "目前没有需要整改的事项");
    }

    @Test
    void aHigherLevelSeesItsSubordinatesRankedMostFailedFirst() throws Exception {
        InspectionFixture.Site city = fx.site("自查市教育局", null);
        InspectionFixture.Site good = fx.site("自查甲县", city.id());
        InspectionFixture.Site poor = fx.site("自查乙县", city.id());
        CatalogNode goodNews = fx.column(good, null, "教育动态", ColumnKind.NEWS);
        fx.publish(good, goodNews.id(), "自查甲县动态", fx.today());
        for (int i = 1; i <= 5; i++) {
            fx.column(poor, null, "乙县空栏目" + i, ColumnKind.NOTICE);
        }
        StaffUser officer = fixtures.staff(city.id(), Role.DISCLOSURE_OFFICER);
        String html = page("/admin/inspection/subordinates", officer);
        String cityName = name(city);
        String goodName = name(good);
        String poorName = name(poor);
        // 乙县: no document (home page) and 5 empty columns; the city: no document; 甲县: nothing failed.
        assertThat(html).contains("共 3 个单位，其中 2 个有未通过项");
        String table = html.substring(html.indexOf("<tbody>"));
        assertThat(table.indexOf(poorName)).isPositive().isLessThan(table.indexOf(cityName));
        assertThat(table.indexOf(cityName)).isLessThan(table.indexOf(goodName));
        assertThat(html).contains("/admin/inspection?org=" + poor.id());
        // The higher level reads each subordinate's dashboard.
        assertThat(page("/admin/inspection?org=" + poor.id(), officer)).contains(poorName, "空白栏目 5 个");
    }

    @Test
    void staffOfAnotherOrganisationOrWithoutAContentRoleAreRefused() throws Exception {
        InspectionFixture.Site city = fx.site("自查权限市局", null);
        InspectionFixture.Site county = fx.site("自查权限县局", city.id());
        InspectionFixture.Site stranger = fx.site("自查无关局", null);
        for (String path : List.of("/admin/inspection?org=", "/admin/inspection/subordinates?org=")) {
            mvc.perform(get(path + city.id()).with(fixtures.as(stranger.editor()))).andExpect(status().isForbidden());
            mvc.perform(get(path + city.id()).with(fixtures.as(county.editor()))).andExpect(status().isForbidden());
            mvc.perform(get(path + county.id()).with(fixtures.as(city.reviewer()))).andExpect(status().isOk());
            mvc.perform(get(path + "abc").with(fixtures.as(city.editor()))).andExpect(status().isBadRequest());
            mvc.perform(get(path + "999999999").with(fixtures.as(city.editor()))).andExpect(status().isNotFound());
            mvc.perform(get(path + city.id()).with(fixtures.as(fixtures.staff(city.id(), Role.SYSTEM_ADMIN))))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/admin/inspection")).andExpect(status().is3xxRedirection());
    }

    private String page(String path, StaffUser user) throws Exception {
        return mvc.perform(get(path).with(fixtures.as(user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private static ColumnCheck column(SiteInspection site, String name) {
        return site.columns().stream().filter(c -> c.node().name().equals(name)).findFirst().orElseThrow();
    }

    @Autowired org.gongkai.identity.OrganisationDirectory organisations;

    private String name(InspectionFixture.Site site) {
        return organisations.get(site.id()).name();
    }
}
