package org.gongkai.demo;

import org.gongkai.budget.BudgetKind;
import org.gongkai.budget.BudgetTemplate;
import org.gongkai.budget.Budgets;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The demo county's budgets: last year's department budget and final accounts published (shown side by side, with
 * the 三公经费 trend), and this year's budget uploaded but not published, past its twenty days (the work list's
 * overdue line). Amounts in 万元, generated as the workbook staff would upload, with the basic expenditure by
 * economic classification and an empty government-fund table.
 */
@Component
@org.springframework.core.annotation.Order(60)
class DemoBudgets implements DemoPart {

    private final Budgets budgets;

    DemoBudgets(Budgets budgets) {
        this.budgets = budgets;
    }

    @Override
    public void build(DemoSite site) {
        build(site.countyTeam(), site.today());
    }

    void build(DemoContent.Team team, LocalDate today) {
        int last = today.getYear() - 1;
        String statement = "本公开内容已经保密审查，由清溪县教育局局长签发。";
        long budget = budgets.upload(team.editor(), last, BudgetKind.BUDGET, "清溪县教育局" + last + "年部门预算",
                today.minusDays(12), "一、部门职责：负责全县学前教育、义务教育、高中教育和职业教育的管理。\n"
                        + "二、三公经费：公务用车运行费比上年减少，主要是压减车辆使用。\n"
                        + "三、名词解释：基本支出指为保障机构正常运转、完成日常工作任务而发生的支出；项目支出指在基本支出之外为完成特定工作任务发生的支出。",
                workbook(last, new String[][] {
                        {"2050101", "860.00", "0.00"}, {"2050201", "3200.00", "1100.00"},
                        {"2050202", "18500.00", "2300.00"}, {"2050203", "12800.00", "1900.00"},
                        {"2050204", "6400.00", "1500.00"}, {"2050302", "1700.00", "600.00"},
                        {"2050701", "260.00", "120.00"}, {"2050803", "0.00", "180.00"},
                        {"2080505", "2300.00", "0.00"}, {"2210201", "2200.00", "0.00"}},
                        new String[][] {{String.valueOf(last - 1), "0", "0", "38.20", "10.40"},
                                {String.valueOf(last), "0", "0", "35.00", "9.00"}}));
        budgets.publish(team.publisher(), budget, statement);
        // the county's glossary, in its own words (marked so on the pages; the platform holds no official definitions)
        budgets.writeTerm(team.editor(), "基本支出", "为保障机构正常运转、完成日常工作任务而发生的支出。");
        budgets.writeTerm(team.editor(), "项目支出", "在基本支出之外为完成特定工作任务发生的支出。");
        budgets.writeTerm(team.editor(), "三公经费", "本局公开表格中的因公出国（境）费、公务用车购置费、公务用车运行费和公务接待费，即三公经费表的四列。");
        long finalAccounts = budgets.upload(team.editor(), last, BudgetKind.FINAL, "清溪县教育局" + last + "年部门决算",
                today.minusDays(6), "决算数与预算数的差异主要是年中追加了学前教育普惠性资源扩充项目。",
                workbook(last, new String[][] {
                        {"2050101", "842.36", "0.00"}, {"2050201", "3285.10", "1456.00"},
                        {"2050202", "18422.75", "2188.40"}, {"2050203", "12765.20", "1840.00"},
                        {"2050204", "6388.00", "1420.55"}, {"2050302", "1690.30", "575.00"},
                        {"2050701", "255.80", "118.00"}, {"2050803", "0.00", "162.70"},
                        {"2080505", "2296.40", "0.00"}, {"2210201", "2198.60", "0.00"}},
                        new String[][] {{String.valueOf(last - 1), "0", "0", "36.90", "9.80"},
                                {String.valueOf(last), "0", "0", "33.80", "8.20"}}));
        budgets.publish(team.publisher(), finalAccounts, statement);
        budgets.upload(team.editor(), today.getYear(), BudgetKind.BUDGET, "清溪县教育局" + today.getYear() + "年部门预算",
                today.minusDays(25), null,
                workbook(today.getYear(), new String[][] {
                        {"2050101", "880.00", "0.00"}, {"2050201", "3350.00", "1200.00"},
                        {"2050202", "18900.00", "2200.00"}, {"2050203", "13100.00", "1800.00"},
                        {"2050204", "6600.00", "1400.00"}, {"2050302", "1750.00", "500.00"},
                        {"2050701", "270.00", "130.00"}, {"2080505", "2350.00", "0.00"}, {"2210201", "2250.00", "0.00"}},
                        new String[][] {{String.valueOf(today.getYear() - 1), "0", "0", "33.80", "8.20"},
                                {String.valueOf(today.getYear()), "0", "0", "32.00", "8.00"}}));
    }

    /** A consistent workbook: the items, 事业收入 of 620 and the rest as 一般公共预算拨款收入. */
    private static byte[] workbook(int year, String[][] items, String[][] threePublic) {
        BudgetTemplate t = BudgetTemplate.of("清溪县教育局" + year + "年");
        for (String[] i : items) {
            t.item(i[0], i[1], i[2]);
        }
        BigDecimal fees = new BigDecimal("620.00");
        t.income("一般公共预算拨款收入", t.itemsTotal().subtract(fees).toPlainString()).income("事业收入", fees.toPlainString())
                .expenditureByClass();
        for (String[] r : threePublic) {
            t.threePublic(r[0], r[1], r[2], r[3], r[4]);
        }
        // the basic expenditure by economic classification (shares invented for the demo); no government funds
        BigDecimal basic = java.util.Arrays.stream(items).map(i -> new BigDecimal(i[1])).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal rest = basic;
        String[][] shares = {{"30101", "0.40"}, {"30102", "0.20"}, {"30107", "0.15"}, {"30108", "0.10"}, {"30201", "0.05"}};
        for (String[] sh : shares) {
            BigDecimal part = basic.multiply(new BigDecimal(sh[1])).setScale(2, java.math.RoundingMode.HALF_UP);
            t.economic(sh[0], part.toPlainString());
            rest = rest.subtract(part);
        }
        t.economic("30231", rest.toPlainString()).emptyFund();
        return t.xlsx();
    }
}
