package org.gongkai.demo;

import org.gongkai.enrollment.EnrollmentInformation;
import org.gongkai.enrollment.SchoolDistricts;

import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The demo county's school districts: last year's and this year's published (one stretch of 建设路 moved from one
 * school to another, so the look-up shows a change), an overlap (阳光花园 zoned to two schools, an honest ambiguous
 * answer), and next year's draft waiting for publication; this year's enrollment information (policy, schedule,
 * schools with places, migrant children's rules) published beside them, one school deliberately not in the zoning.
 */
@Component
@org.springframework.core.annotation.Order(50)
class DemoSchoolDistricts implements DemoPart {

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
    private final EnrollmentInformation information;

    DemoSchoolDistricts(SchoolDistricts districts, EnrollmentInformation information) {
        this.districts = districts;
        this.information = information;
    }

    @Override
    public void build(DemoSite site) {
        build(site.countyTeam(), site.today().getYear());
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
        enrollment(team, thisYear);
    }

    private void enrollment(DemoContent.Team team, int year) {
        long id = information.open(team.editor(), year, false);
        information.texts(team.editor(), id, """
                        招生对象：年满六周岁（当年 8 月 31 日前出生）、户籍或实际居住地在本县的适龄儿童；小学毕业生按对口关系升入初中。
                        招生方式：公办学校按学区划片、免试就近入学；同一学区内报名人数超过计划数时，按“房户一致、户籍、居住年限”的顺序安排。
                        民办学校与公办学校同步招生；报名人数超过计划数的，由电脑随机录取。""",
                """
                        进城务工人员随迁子女以居住证为主要依据申请入学，由县教育局统筹安排到公办学校或政府购买学位的民办学校就读。
                        所需材料：居住证、监护人务工或经营证明、户口簿、儿童预防接种证明。材料不全的，可先报名、后补交。""");
        information.step(team.editor(), id, LocalDate.of(year, 6, 20), LocalDate.of(year, 6, 30), "网上报名（小学、初中）");
        information.step(team.editor(), id, LocalDate.of(year, 7, 1), LocalDate.of(year, 7, 10), "材料审核");
        information.step(team.editor(), id, LocalDate.of(year, 7, 15), LocalDate.of(year, 7, 15), "随迁子女入学统筹安排结果公布");
        information.step(team.editor(), id, LocalDate.of(year, 7, 25), LocalDate.of(year, 7, 25), "公布录取结果");
        information.school(team.editor(), id, "清溪县实验小学", false, 270, "清溪路 18 号");
        information.school(team.editor(), id, "清溪县城南小学", false, 225, "解放街 66 号");
        information.school(team.editor(), id, "清溪县城北小学", false, 180, "人民路 101 号");
        information.school(team.editor(), id, "清溪县第二中学", true, 400, "建设路 300 号");
        information.publish(team.publisher(), id, "清溪县教育局关于做好" + year + "年义务教育学校招生入学工作的通知", null);
    }
}
