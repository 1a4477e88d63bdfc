package org.gongkai.demo;

import org.gongkai.platform.Zones;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.services.ManageInspections;
import org.gongkai.services.PlanForm;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The demo's random inspections (双随机、一公开): one plan drawn, with one result published, so the draw, its re-run and
 * the results have something to show; one plan whose registers are published and that waits for next week's seed;
 * one draft the public never sees. The seeds are invented and say so.
 */
@Component
@org.springframework.core.annotation.Order(80)
class DemoInspections implements DemoPart {

    static final String SCHOOLS = """
            3601001,清溪县第一中学,普通高中,清溪镇人民路 1 号,办公室 0791-8888 1001
            3601002,清溪县第二中学,初级中学,清溪镇建设路 8 号,办公室 0791-8888 1002
            3601003,清溪县实验小学,小学,清溪镇文昌路 3 号,
            3601004,清溪县城关小学,小学,城关镇中山街 12 号,
            3601005,清溪县新区小学,小学,新区学府路 5 号,
            3601006,清溪县第一幼儿园,幼儿园,清溪镇人民路 20 号,
            3601007,清溪县职业中学,中等职业学校,工业园区职教路 1 号,
            3601008,清溪县特殊教育学校,特殊教育学校,清溪镇康宁路 2 号,
            3601009,清溪县石门中学,初级中学,石门乡,
            3601010,清溪县石门小学,小学,石门乡,
            """;
    static final String INSPECTORS = """
            JX-0361001,周明,清溪县教育局,
            JX-0361002,吴芳,清溪县教育局,
            JX-0361003,郑强,清溪县教育局督导室,
            JX-0361004,陈静,清溪县教育局督导室,
            JX-0361005,刘洋,清溪县教育局安全股,
            """;

    private final ManageInspections inspections;
    private final Clock clock;

    DemoInspections(ManageInspections inspections, Clock clock) {
        this.inspections = inspections;
        this.clock = clock;
    }

    @Override
    public void build(DemoSite site) {
        build(site.countyTeam(), site.today());
    }

    void build(DemoContent.Team team, LocalDate today) {
        int year = today.getYear();
        // drawn: its seed is "known" a moment after the registers are published, so the demo can show a draw. The
        // moment is set just before publishing, and again later if a busy machine let it pass first (the service
        // refuses a seed time that is already past: that is the rule the draw rests on)
        String title = year + " 年度中小学办学行为双随机抽查";
        String source = "演示用随机数（虚构，并非真实开奖号码）";
        long drawn = plan(team, title, "20", null, null, today.plusDays(40));
        Instant soon = publishWithSeedSoon(team, drawn, title, source, today.plusDays(40));
        waitUntil(soon);
        inspections.draw(team.publisher(), drawn, "05 11 17 23 28 31 / 09");
        inspections.drawn(team.editor(), drawn).stream().findFirst().map(d -> d.entity().id()).ifPresent(entityId -> {
            inspections.recordResult(team.editor(), drawn, entityId, today.minusDays(2).toString(), "PROBLEMS",
                    "校园安全隐患排查台账记录不完整；食堂食品留样记录缺两日。", "当场责令整改，限期十个工作日内补齐台账。",
                    "复查定于整改期满后进行。");
            inspections.publishResults(team.publisher(), drawn);
        });

        Instant nextWeek = LocalDateTime.of(today.plusDays(7), java.time.LocalTime.of(21, 30)).atZone(Zones.CHINA).toInstant();
        long waiting = plan(team, year + " 年度校外培训机构双随机抽查", "30",
                "中国福利彩票双色球开奖号码（演示：" + today.plusDays(7) + " 当晚开奖的一期）", nextWeek, today.plusDays(60));
        inspections.publishRegisters(team.publisher(), waiting);

        plan(team, (year + 1) + " 年度校车安全双随机抽查（草稿）", "10", null, null, null);
    }

    private Instant publishWithSeedSoon(DemoContent.Team team, long id, String title, String source, LocalDate due) {
        for (int attempt = 1; ; attempt++) {
            Instant soon = clock.instant().truncatedTo(ChronoUnit.SECONDS).plusSeconds(2L + 2L * attempt);
            // a new plan is version 0 and only an update raises it; a refused publication changes nothing
            inspections.update(team.editor(), id, form(title, "20", source, soon, due, String.valueOf(attempt - 1)));
            try {
                inspections.publishRegisters(team.publisher(), id);
                return soon;
            } catch (ConflictException seedAlreadyPast) {
                if (attempt == 5) {
                    throw seedAlreadyPast;
                }
            }
        }
    }

    private static PlanForm form(String title, String ratio, String seedSource, Instant seedAt, LocalDate due,
                                 String version) {
        return new PlanForm(title, "依据年度抽查计划，随机抽取检查对象，随机选派执法检查人员，抽查结果向社会公开。", ratio, "2",
                seedSource, seedAt == null ? null : LocalDateTime.ofInstant(seedAt, Zones.CHINA).toString(),
                due == null ? null : due.toString(), version);
    }

    private long plan(DemoContent.Team team, String title, String ratio, String seedSource, Instant seedAt,
                      LocalDate due) {
        long id = inspections.create(team.editor(), form(title, ratio, seedSource, seedAt, due, null));
        inspections.addMatter(team.editor(), id, "办学行为规范情况", "《中华人民共和国教育法》《中华人民共和国义务教育法》");
        inspections.addMatter(team.editor(), id, "校园安全管理情况", "《中小学幼儿园安全管理办法》");
        inspections.putEntities(team.editor(), id, SCHOOLS, false);
        inspections.putInspectors(team.editor(), id, INSPECTORS, false);
        return id;
    }

    private void waitUntil(Instant at) {
        long millis = Duration.between(clock.instant(), at).toMillis();
        if (millis > 0) {
            try {
                Thread.sleep(millis + 1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
