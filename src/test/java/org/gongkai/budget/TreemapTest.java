package org.gongkai.budget;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The treemap's geometry: areas in proportion to 合计, 款 inside their 类 and 项 inside their 款, labels that fit. */
class TreemapTest {

    static BudgetWorkbook.Line line(String code, String name, String total) {
        BigDecimal t = new BigDecimal(total);
        return new BudgetWorkbook.Line(code, name, t, t, BigDecimal.ZERO);
    }

    static final List<BudgetWorkbook.Line> LINES = List.of(
            line("205", "教育支出", "900.00"),
            line("20502", "普通教育", "600.00"),
            line("2050202", "小学教育", "400.00"),
            line("2050203", "初中教育", "200.00"),
            line("20501", "教育管理事务", "300.00"),
            line("2050101", "行政运行", "300.00"),
            line("208", "社会保障和就业支出", "100.00"),
            line("20805", "行政事业单位养老支出", "100.00"),
            line("2080505", "机关事业单位基本养老保险缴费支出", "100.00"),
            line("221", "住房保障支出", "0.00"));

    @Test
    void leavesShareTheAreaInProportionAndNestInsideTheirParents() {
        Treemap map = Treemap.of(LINES);
        // a zero line takes no area; every other line has one box
        assertThat(map.boxes()).extracting(Treemap.Box::code)
                .containsExactly("205", "20502", "2050202", "2050203", "20501", "2050101", "208", "20805", "2080505");
        List<Treemap.Box> leaves = map.boxes().stream().filter(Treemap.Box::leaf).toList();
        assertThat(leaves).extracting(Treemap.Box::level).containsOnly(7);
        double leafArea = leaves.stream().mapToDouble(b -> b.w() * b.h()).sum();
        Treemap.Box primary = box(map, "2050202");
        Treemap.Box junior = box(map, "2050203");
        assertThat(primary.w() * primary.h() / (junior.w() * junior.h())).isCloseTo(2.0, org.assertj.core.data.Offset.offset(0.1));
        Treemap.Box education = box(map, "205");
        Treemap.Box social = box(map, "208");
        assertThat(education.w() * education.h() / (social.w() * social.h())).isCloseTo(9.0, org.assertj.core.data.Offset.offset(0.1));
        assertThat(education.w() * education.h() + social.w() * social.h())
                .isCloseTo(Treemap.WIDTH * Treemap.HEIGHT, org.assertj.core.data.Offset.offset(50.0));
        assertThat(leafArea).isLessThan(Treemap.WIDTH * Treemap.HEIGHT);
        for (Treemap.Box b : map.boxes()) {
            Treemap.Box parent = b.level() == 3 ? null : box(map, b.code().substring(0, b.level() - 2));
            if (parent != null) {
                assertThat(b.x()).isGreaterThanOrEqualTo(parent.x() - 0.1);
                assertThat(b.y()).isGreaterThanOrEqualTo(parent.y() - 0.1);
                assertThat(b.x() + b.w()).isLessThanOrEqualTo(parent.x() + parent.w() + 0.2);
                assertThat(b.y() + b.h()).isLessThanOrEqualTo(parent.y() + parent.h() + 0.2);
                assertThat(b.colour()).isEqualTo(parent.colour());
            }
        }
        assertThat(education.colour()).isNotEqualTo(social.colour());
        assertThat(box(map, "2050202").title()).isEqualTo("2050202 小学教育：400.00");
    }

    @Test
    void aLabelIsDrawnOnlyWhereItFits() {
        Treemap map = Treemap.of(LINES);
        for (Treemap.Box b : map.boxes()) {
            for (Treemap.Label l : b.labels()) {
                assertThat(l.x()).isGreaterThanOrEqualTo(b.x());
                assertThat(l.y()).isLessThanOrEqualTo(b.y() + b.h());
                assertThat(Treemap.fits(l.text(), b.w())).isTrue();
            }
        }
        assertThat(box(map, "2050202").labels()).extracting(Treemap.Label::text).containsExactly("小学教育", "400.00");
        // the long 项 name in a small box shows its code or nothing, never text running out of the box
        assertThat(box(map, "2080505").labels()).extracting(Treemap.Label::text).doesNotContain("机关事业单位基本养老保险缴费支出");
    }

    @Test
    void aTableOfOnlyClassesIsDrawnAsClassesAndAnEmptyOneAsNothing() {
        Treemap classes = Treemap.of(List.of(line("205", "教育支出", "10"), line("208", "社会保障和就业支出", "5")));
        assertThat(classes.boxes()).allMatch(Treemap.Box::leaf).hasSize(2);
        assertThat(Treemap.of(List.of()).isEmpty()).isTrue();
        assertThat(Treemap.of(List.of(line("205", "教育支出", "0"))).isEmpty()).isTrue();
    }

    static Treemap.Box box(Treemap map, String code) {
        return map.boxes().stream().filter(b -> b.code().equals(code)).findFirst().orElseThrow();
    }
}
