package org.gongkai.demo;

import org.gongkai.catalog.CatalogTree;
import org.gongkai.university.UniversityBoards;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The demo universities' disclosure-list boards: 华夏师范大学 with its admissions charter published on time, a
 * graduate-admissions item past its twenty working days, an item that does not apply (stated) and the rest missing,
 * so its staff's work list and the ministry's ranking have something to show; 江南理工大学 with its annual report's
 * column named for item 6, seen from 江南省教育厅.
 */
@Component
@org.springframework.core.annotation.Order(130)
class DemoUniversityBoards implements DemoPart {

    private final UniversityBoards boards;
    private final CatalogTree catalog;

    DemoUniversityBoards(UniversityBoards boards, CatalogTree catalog) {
        this.boards = boards;
        this.catalog = catalog;
    }

    @Override
    public void build(DemoSite site) {
        build(site.orgIds(), site.teams(), site.docIds(), site.today());
    }

    void build(Map<String, Long> orgIds, Map<String, DemoContent.Team> teams, Map<String, Long> docIds, LocalDate today) {
        long hxnu = orgIds.get("hxnu");
        var editor = teams.get("hxnu").editor();
        boards.record(editor, hxnu, 7, "本科招生办公室", column(hxnu, "本科招生章程与计划"),
                List.of(docIds.get("hxnu-charter")), today.minusDays(40), null);
        boards.record(editor, hxnu, 2, "党政办公室", column(hxnu, "章程及规章制度"), List.of(), null, null);
        boards.record(editor, hxnu, 11, "研究生院招生办公室", column(hxnu, "研究生招生"), List.of(), today.minusDays(45), null);
        boards.record(editor, hxnu, 47, null, null, List.of(), null, "本校目前没有经批准的中外合作办学机构或项目。");
        long jnut = orgIds.get("jnut");
        boards.record(teams.get("jnut").editor(), jnut, 6, "党政办公室（信息公开）", column(jnut, "信息公开年度报告"),
                List.of(docIds.get("jnut-report")), null, null);
    }

    private Long column(long orgId, String name) {
        return catalog.nodesOf(orgId).stream().filter(e -> e.node().name().equals(name)).findFirst()
                .map(e -> e.node().id()).orElse(null);
    }
}
