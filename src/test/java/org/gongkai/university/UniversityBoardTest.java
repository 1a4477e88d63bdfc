package org.gongkai.university;

import org.gongkai.catalog.CatalogEditing;
import org.gongkai.catalog.CatalogNode;
import org.gongkai.catalog.ColumnKind;
import org.gongkai.catalog.NodeDraft;
import org.gongkai.catalog.OpennessClass;
import org.gongkai.document.CreateDocument;
import org.gongkai.document.DocumentContent;
import org.gongkai.document.PublishEdition;
import org.gongkai.document.ReviewEdition;
import org.gongkai.document.SubmitForReview;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.OrganisationKind;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.audit.StaffAction;
import org.gongkai.report.ReportPeriod;
import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The universities' disclosure list: item clocks on the working-day calendar (National Day 2026), what satisfies an
 * item (published documents only), missing and overdue flags on the board, the work list and the public page, the
 * ranking seen from above, the form's messages, and what other organisations and the public must never see or do.
 */
@IntegrationTest
@RecordApplicationEvents
class UniversityBoardTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired OrganisationDirectory organisations;
    @Autowired BoardEditing editing;
    @Autowired Boards boards;
    @Autowired CatalogEditing catalog;
    @Autowired CreateDocument create;
    @Autowired SubmitForReview submit;
    @Autowired ReviewEdition review;
    @Autowired PublishEdition publish;
    @Autowired ApplicationEvents events;
    @Autowired org.gongkai.report.AnnualReportDrafting reports;

    record Uni(long id, String slug, StaffUser editor, StaffUser reviewer, StaffUser publisher) {
    }

    Uni university(String name, Long parent) {
        long id = fixtures.organisation(name, parent, OrganisationKind.UNIVERSITY);
        return new Uni(id, organisations.get(id).slug(), fixtures.staff(id, Role.EDITOR), fixtures.staff(id, Role.REVIEWER),
                fixtures.staff(id, Role.PUBLISHER));
    }

    CatalogNode column(Uni u, String name) {
        return catalog.create(u.editor(), u.id(), NodeDraft.of(null, name, OpennessClass.MANAGEMENT, ColumnKind.OTHER,
                CatalogNode.DEFAULT_TIME_LIMIT_DAYS));
    }

    long draft(Uni u, Long nodeId, String title, LocalDate publishDate) {
        LocalDate today = boards.today();
        DocumentContent content = DocumentContent.builder().catalogNodeId(nodeId).title(title).issuer("清单测试大学")
                .writtenDate(publishDate.isAfter(today) ? today : publishDate).publishDate(publishDate).theme("教育")
                .opennessClass("MANAGEMENT").keywords("清单").bodyHtml("<p>" + title + "。</p>").build();
        return create.create(u.editor(), u.id(), content);
    }

    long published(Uni u, Long nodeId, String title, LocalDate publishDate) {
        long id = draft(u, nodeId, title, publishDate);
        submit.submit(u.editor(), id);
        review.approve(u.reviewer(), id, null);
        publish.publishNow(u.publisher(), id);
        return id;
    }

    void record(Uni u, int item, String office, Long column, List<Long> docs, LocalDate changed) {
        editing.save(u.editor(), u.id(), item, new BoardEditing.ItemForm(office, column == null ? "" : column.toString(),
                String.join(",", docs.stream().map(String::valueOf).toList()), changed == null ? "" : changed.toString(),
                "", "", ""));
    }

    BoardRow row(Uni u, int item) {
        return boards.forStaff(organisations.get(u.id()), boards.today()).rows().stream()
                .filter(r -> r.item().no() == item).findFirst().orElseThrow();
    }

    String body(RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void itemClocksCountWorkingDaysAcrossMidAutumnAndNationalDay2026() {
        // 9-25..27 中秋 and 10-1..7 国庆 are off, Sunday 9-20 and Saturday 10-10 are make-up working days
        assertThat(editing.dueOn(LocalDate.of(2026, 9, 24))).isEqualTo(LocalDate.of(2026, 10, 29));
        assertThat(editing.dueOn(LocalDate.of(2026, 9, 18))).isEqualTo(LocalDate.of(2026, 10, 22));
        assertThat(editing.dueOn(LocalDate.of(2026, 9, 30))).isEqualTo(LocalDate.of(2026, 11, 3));
        // a change on the last day before the holiday: nothing counts until 10-8
        assertThat(editing.dueOn(LocalDate.of(2026, 10, 1))).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(editing.dueOn(LocalDate.of(2026, 12, 1))).isEqualTo(LocalDate.of(2026, 12, 29));
    }

    @Test
    void anItemIsSatisfiedOnlyByWhatIsPublishedAndItsClockFlagsItOverdueOrLate() throws Exception {
        Uni u = university("清单时钟大学", null);
        CatalogNode rules = column(u, "规章制度");
        CatalogNode empty = column(u, "空栏目");
        long charter = published(u, rules.id(), "学校章程（修订）", LocalDate.of(2026, 10, 28));
        long planDraft = draft(u, null, "未发布的发展规划草稿", LocalDate.of(2026, 9, 1));
        long late = published(u, null, "迟到的招生章程", LocalDate.of(2026, 10, 30));

        // item 2: changed 9-24, due 10-29; updated 10-28 in its column → current, not late
        record(u, 2, "党政办公室", rules.id(), List.of(), LocalDate.of(2026, 9, 24));
        BoardRow r2 = row(u, 2);
        assertThat(r2.dueOn()).isEqualTo(LocalDate.of(2026, 10, 29));
        assertThat(r2.lastUpdated()).isEqualTo(LocalDate.of(2026, 10, 28));
        assertThat(r2.status()).isEqualTo(ItemStatus.CURRENT);
        assertThat(r2.late()).isFalse();
        // item 7: changed 9-24, published 10-30 → current, published late
        record(u, 7, "招生办公室", null, List.of(late), LocalDate.of(2026, 9, 24));
        assertThat(row(u, 7).status()).isEqualTo(ItemStatus.CURRENT);
        assertThat(row(u, 7).late()).isTrue();
        // item 5: only an unpublished document and an empty column → nothing satisfies it; its clock ran out
        record(u, 5, "发展规划处", empty.id(), List.of(planDraft), LocalDate.of(2026, 9, 24));
        BoardRow r5 = row(u, 5);
        assertThat(r5.status()).isEqualTo(ItemStatus.OVERDUE);
        assertThat(r5.missing()).isTrue();
        assertThat(r5.unpublishedDocumentIds()).containsExactly(planDraft);
        // item 3: published, then changed again without a later publication → overdue, but not missing
        record(u, 3, "工会", rules.id(), List.of(charter), LocalDate.of(2026, 10, 29));
        assertThat(row(u, 3).status()).isEqualTo(ItemStatus.OVERDUE);
        assertThat(row(u, 3).missing()).isFalse();
        // item 4: nothing recorded → missing; item 47 stated as not applicable
        assertThat(row(u, 4).status()).isEqualTo(ItemStatus.MISSING);
        editing.save(u.editor(), u.id(), 47, new BoardEditing.ItemForm("", "", "", "", "true", "本校没有中外合作办学项目", ""));
        assertThat(row(u, 47).status()).isEqualTo(ItemStatus.NOT_APPLICABLE);
        assertThat(row(u, 47).missing()).isFalse();
        // item 6 runs on the annual report's clock (31 October after the academic year)
        LocalDate today = boards.today();
        ReportPeriod period = ReportPeriod.latestEnded(OrganisationKind.UNIVERSITY, today);
        assertThat(row(u, 6).dueOn()).isEqualTo(period.deadline());
        assertThat(row(u, 6).status()).isEqualTo(today.isAfter(period.deadline()) ? ItemStatus.OVERDUE : ItemStatus.MISSING);

        Board b = boards.forStaff(organisations.get(u.id()), today);
        // 50 items: 2 and 7 current, 3 overdue (published), 5 overdue and missing, 47 not applicable, 6 per the date
        long expectedMissing = 50 - 4; // all but 2, 7, 3 (overdue, yet published) and 47 (not applicable)
        assertThat(b.missing()).isEqualTo(expectedMissing);
        assertThat(b.overdue()).isEqualTo(2 + (today.isAfter(period.deadline()) ? 1 : 0));

        // the audit records each save
        assertThat(events.stream(StaffAction.class).filter(a -> a.action().equals("uniboard.save"))
                .filter(a -> a.organisationId() == u.id())).hasSize(5);

        // staff board: flags, the unpublished document's number, the filter
        String staff = body(get("/admin/disclosure-list").with(fixtures.as(u.editor())));
        assertThat(staff).contains("章程及规章制度", "逾期", "未公开", "曾逾期公开", "党政办公室",
                "已关联但尚未发布的文件：" + planDraft, "2026-09-24 形成或变更，2026-10-29 前公开");
        String flagged = body(get("/admin/disclosure-list").param("show", "flagged").with(fixtures.as(u.editor())));
        assertThat(flagged).contains("5. 发展规划与年度工作计划").doesNotContain("2. 学校章程及规章制度", "47. 中外合作办学");
        // the work list on the landing page
        mvc.perform(get("/admin").with(fixtures.as(u.editor())))
                .andExpect(content().string(containsString("信息公开事项清单中缺失或逾期的事项")));

        // public page: published things only
        String pub = body(get("/o/{s}/disclosure-list", u.slug()));
        assertThat(pub).contains("学校章程（修订）", "迟到的招生章程", "规章制度", "党政办公室", "本校没有中外合作办学项目",
                        "最近更新：2026-10-28", "未公开", "逾期", "/documents/" + charter)
                .doesNotContain("未发布的发展规划草稿", "/documents/" + planDraft, "已关联但尚未发布");
        String item5 = pub.substring(pub.indexOf("id=\"item-5\""), pub.indexOf("id=\"item-6\""));
        assertThat(item5).contains("发展规划处", "逾期").doesNotContain("空栏目", "/catalog/" + empty.id());
        assertThat(pub).contains("href=\"/o/" + u.slug() + "/disclosure-list\"");
        assertThat(body(get("/sitemap.xml"))).contains("/o/" + u.slug() + "/disclosure-list");
    }

    @Test
    void theFormExplainsEachProblemAndRefusesOtherOrganisationsThings() throws Exception {
        Uni u = university("清单表单大学", null);
        Uni other = university("另一所清单大学", null);
        CatalogNode theirs = column(other, "别人的栏目");
        long theirDoc = published(other, theirs.id(), "别人的文件", LocalDate.of(2026, 11, 2));
        mvc.perform(get("/admin/disclosure-list/{o}/items/{n}", u.id(), 2).with(fixtures.as(u.editor())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("for=\"office\""), containsString("for=\"changedOn\""),
                        containsString("name=\"_csrf\""))));
        mvc.perform(post("/admin/disclosure-list/{o}/items/{n}", u.id(), 2).param("office", " ")
                        .param("column", String.valueOf(theirs.id())).param("documents", theirDoc + ", x")
                        .param("changedOn", boards.today().plusDays(3).toString()).with(csrf()).with(fixtures.as(u.editor())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("请填写责任部门。"), containsString("请选择本校目录中的栏目。"),
                        containsString("请填写本校文件的编号"), containsString("日期不能晚于今天。"),
                        containsString("href=\"#office\""), containsString("aria-invalid=\"true\""))));
        mvc.perform(post("/admin/disclosure-list/{o}/items/{n}", u.id(), 2).param("office", "办公室")
                        .param("documents", String.valueOf(theirDoc)).with(csrf()).with(fixtures.as(u.editor())))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("请填写本校文件的编号")));
        mvc.perform(post("/admin/disclosure-list/{o}/items/{n}", u.id(), 47).param("notApplicable", "true")
                        .with(csrf()).with(fixtures.as(u.editor())))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("选择“不适用”时请说明理由。")));
        mvc.perform(post("/admin/disclosure-list/{o}/items/{n}", u.id(), 2).param("changedOn", "2026-13-40")
                        .param("office", "办公室").with(csrf()).with(fixtures.as(u.editor())))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("请填写有效的日期")));
        // without CSRF
        mvc.perform(post("/admin/disclosure-list/{o}/items/{n}", u.id(), 2).param("office", "办公室").with(fixtures.as(u.editor())))
                .andExpect(status().isForbidden());
        // a good save, then a stale version
        mvc.perform(post("/admin/disclosure-list/{o}/items/{n}", u.id(), 2).param("office", "办公室").param("version", "")
                        .with(csrf()).with(fixtures.as(u.editor())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/disclosure-list/{o}/items/{n}", u.id(), 2).param("office", "另一个办公室").param("version", "7")
                        .with(csrf()).with(fixtures.as(u.editor())))
                .andExpect(status().isConflict());

        // another university: its board, its item, its save → 403; unknown ids and items → 404
        mvc.perform(get("/admin/disclosure-list").param("org", String.valueOf(other.id())).with(fixtures.as(u.editor())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/disclosure-list/{o}/items/{n}", other.id(), 2).with(fixtures.as(u.editor())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/disclosure-list/{o}/items/{n}", other.id(), 2).param("office", "办公室")
                        .with(csrf()).with(fixtures.as(u.editor())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/disclosure-list/{o}/items/{n}", 999_999_999L, 2).with(fixtures.as(u.editor())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/disclosure-list/{o}/items/{n}", u.id(), 51).with(fixtures.as(u.editor())))
                .andExpect(status().isNotFound());
        // a reviewer reads but cannot save
        mvc.perform(get("/admin/disclosure-list/{o}/items/{n}", u.id(), 2).with(fixtures.as(u.reviewer())))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("name=\"office\""))));
        mvc.perform(post("/admin/disclosure-list/{o}/items/{n}", u.id(), 2).param("office", "办公室")
                        .with(csrf()).with(fixtures.as(u.reviewer())))
                .andExpect(status().isForbidden());
    }

    @Test
    void aProvinceSeesItsUniversitiesRankedByMissingItemsAndReadsButNeverEdits() throws Exception {
        long province = fixtures.organisation("清单测试省教育厅", null, OrganisationKind.PROVINCE);
        StaffUser officer = fixtures.staff(province, Role.EDITOR, Role.DISCLOSURE_OFFICER);
        long county = fixtures.organisation("清单测试县教育局", province, OrganisationKind.COUNTY);
        Uni good = university("清单好大学", province);
        Uni poor = university("清单差大学", province);
        Uni elsewhere = university("外省清单大学", null);
        CatalogNode col = column(good, "基本信息");
        long doc = published(good, col.id(), "办学基本情况", LocalDate.of(2026, 11, 2));
        for (int item = 1; item <= 10; item++) {
            record(good, item, "党政办公室", col.id(), List.of(doc), null);
        }
        String ranking = body(get("/admin/disclosure-list").with(fixtures.as(officer)));
        assertThat(ranking).contains("清单好大学", "清单差大学").doesNotContain("外省清单大学");
        assertThat(ranking.indexOf("清单差大学")).isLessThan(ranking.indexOf("清单好大学"));
        assertThat(body(get("/admin/disclosure-list").param("sort", "name").param("dir", "desc").with(fixtures.as(officer))))
                .contains("aria-sort=\"descending\"");
        // reads a university's board and item below it, read-only
        assertThat(body(get("/admin/disclosure-list").param("org", String.valueOf(poor.id())).with(fixtures.as(officer))))
                .contains("清单差大学");
        mvc.perform(get("/admin/disclosure-list/{o}/items/{n}", good.id(), 1).with(fixtures.as(officer)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("上级机构只能查看")));
        mvc.perform(post("/admin/disclosure-list/{o}/items/{n}", good.id(), 1).param("office", "省厅")
                        .with(csrf()).with(fixtures.as(officer)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/disclosure-list").param("org", String.valueOf(elsewhere.id())).with(fixtures.as(officer)))
                .andExpect(status().isForbidden());
        // a county has no board of its own: 404 for its items, and an empty ranking
        mvc.perform(get("/admin/disclosure-list/{o}/items/{n}", county, 1).with(fixtures.as(officer)))
                .andExpect(status().isNotFound());
        assertThat(body(get("/admin/disclosure-list").param("org", String.valueOf(county)).with(fixtures.as(officer))))
                .contains("没有下属高校");
        // no public board for a county
        mvc.perform(get("/o/{s}/disclosure-list", organisations.get(county).slug())).andExpect(status().isNotFound());
        mvc.perform(get("/o/{s}/disclosure-list", "no-such-site-xyz")).andExpect(status().isNotFound());
    }

    @Test
    void theAnnualReportSatisfiesItemSixAndLinksTheBoard() throws Exception {
        Uni u = university("清单年报大学", null);
        CatalogNode col = column(u, "信息公开年度报告");
        ReportPeriod period = ReportPeriod.latestEnded(OrganisationKind.UNIVERSITY, boards.today());
        long id = reports.draft(u.editor(), u.id(), period.year(),
                new org.gongkai.report.Narratives("总体情况。", "存在的问题。", "无其他事项。"), col.id());
        submit.submit(u.editor(), id);
        review.approve(u.reviewer(), id, null);
        publish.publishNow(u.publisher(), id);
        BoardRow r6 = row(u, 6);
        assertThat(r6.status()).isEqualTo(ItemStatus.CURRENT);
        assertThat(r6.reports()).extracting(org.gongkai.report.PublishedReport::documentId).containsExactly(id);
        assertThat(body(get("/documents/{id}", id))).contains("href=\"/o/" + u.slug() + "/disclosure-list\"");
        assertThat(body(get("/o/{s}/disclosure-list", u.slug()))).contains("/documents/" + id);
    }

    @Test
    void hostileTextIsShownInert() throws Exception {
        Uni u = university("清单转义大学", null);
        String hostile = "<script>alert(1)</script><img src=x onerror=alert(2)>";
        editing.save(u.editor(), u.id(), 48, new BoardEditing.ItemForm(hostile, "", "", "", "true", hostile, ""));
        for (String page : List.of(body(get("/o/{s}/disclosure-list", u.slug())),
                body(get("/admin/disclosure-list").with(fixtures.as(u.editor()))),
                body(get("/admin/disclosure-list/{o}/items/{n}", u.id(), 48).with(fixtures.as(u.editor()))))) {
            assertThat(page).doesNotContain("<script>alert(1)", "<img src=x").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        }
    }
}
