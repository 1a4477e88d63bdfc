package org.gongkai.demo;

import org.gongkai.enrollment.SchoolDistricts;
import org.springframework.stereotype.Component;

/**
 * The demo county's school districts: last year's and this year's published (one stretch of 建设路 moved from one
 * school to another, so the look-up shows a change), an overlap (阳光花园 zoned to two schools, an honest ambiguous
 * answer), and next year's draft waiting for publication.
 */
@Component
class DemoSchoolDistricts {

    static final String HEADER = "学校,街路巷,起始号,终止号,单双号,小区,备注\n";
    static final String COMMON = """
            清溪县城南小学,解放街,1,120,,,
            清溪县城北小学,人民路,1,200,单号,,
            清溪县城北小学,人民路,2,200,双号,,人民路双号一侧
            清溪县城北小学,,,,,滨江名苑,
            清溪县城南小学,,,,,阳光花园,阳光花园 1–8 栋
            清溪县实验小学,,,,,阳光花园,阳光花园 9–16 栋（与城南小学重叠，待核实）
            清溪县实验小学,清溪路,,,,,
            """;

    private final SchoolDistricts districts;

    DemoSchoolDistricts(SchoolDistricts districts) {
        this.districts = districts;
    }

    void build(DemoContent.Team team, int thisYear) {
        long last = districts.open(team.editor(), thisYear - 1, false);
        districts.importCsv(team.editor(), last, HEADER + COMMON + "清溪县实验小学,建设路,1,199,,,\n");
        districts.publish(team.publisher(), last, "清溪县教育局关于" + (thisYear - 1) + "年义务教育学校招生范围的通告", null);
        long now = districts.open(team.editor(), thisYear, false);
        districts.importCsv(team.editor(), now, HEADER + COMMON
                + "清溪县实验小学,建设路,1,99,,,\n清溪县城南小学,建设路,100,199,,,建设路 100 号以后划入城南小学\n");
        districts.publish(team.publisher(), now, "清溪县教育局关于" + thisYear + "年义务教育学校招生范围调整的通告", null);
        districts.open(team.editor(), thisYear + 1, true);
    }
}
