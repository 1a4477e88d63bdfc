package org.gongkai.budget;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The codes of the expenditure functional classification (支出功能分类科目) that an education department's tables
 * use: 类 (3 digits), 款 (5) and 项 (7), each with its name. A subset of the national list (政府收支分类科目), the
 * classes an education department reports (教育, and the 社会保障和就业, 卫生健康 and 住房保障 items of its own staff);
 * check it against the current year's list before relying on it (ADR 0025). A code not listed is "unknown".
 */
final class FunctionalClassification {

    private static final Map<String, String> CODES = new TreeMap<>();

    static {
        add("201", "一般公共服务支出");
        add("205", "教育支出");
        add("20501", "教育管理事务");
        add("2050101", "行政运行");
        add("2050102", "一般行政管理事务");
        add("2050103", "机关服务");
        add("2050199", "其他教育管理事务支出");
        add("20502", "普通教育");
        add("2050201", "学前教育");
        add("2050202", "小学教育");
        add("2050203", "初中教育");
        add("2050204", "高中教育");
        add("2050205", "高等教育");
        add("2050299", "其他普通教育支出");
        add("20503", "职业教育");
        add("2050301", "初等职业教育");
        add("2050302", "中等职业教育");
        add("2050303", "技校教育");
        add("2050305", "高等职业教育");
        add("2050399", "其他职业教育支出");
        add("20504", "成人教育");
        add("20505", "广播电视教育");
        add("20506", "留学教育");
        add("20507", "特殊教育");
        add("2050701", "特殊学校教育");
        add("2050702", "工读学校教育");
        add("2050799", "其他特殊教育支出");
        add("20508", "进修及培训");
        add("2050801", "教师进修");
        add("2050802", "干部教育");
        add("2050803", "培训支出");
        add("2050899", "其他进修及培训");
        add("20509", "教育费附加安排的支出");
        add("2050901", "农村中小学校舍建设");
        add("2050902", "农村中小学教学设施");
        add("2050903", "城市中小学校舍建设");
        add("2050904", "城市中小学教学设施");
        add("2050905", "中等职业学校教学设施");
        add("2050999", "其他教育费附加安排的支出");
        add("20599", "其他教育支出");
        add("2059999", "其他教育支出");
        add("208", "社会保障和就业支出");
        add("20805", "行政事业单位养老支出");
        add("2080501", "行政单位离退休");
        add("2080502", "事业单位离退休");
        add("2080505", "机关事业单位基本养老保险缴费支出");
        add("2080506", "机关事业单位职业年金缴费支出");
        add("2080599", "其他行政事业单位养老支出");
        add("210", "卫生健康支出");
        add("21011", "行政事业单位医疗");
        add("2101101", "行政单位医疗");
        add("2101102", "事业单位医疗");
        add("2101103", "公务员医疗补助");
        add("2101199", "其他行政事业单位医疗支出");
        add("221", "住房保障支出");
        add("22102", "住房改革支出");
        add("2210201", "住房公积金");
        add("2210202", "提租补贴");
        add("2210203", "购房补贴");
    }

    private static void add(String code, String name) {
        CODES.put(code, name);
    }

    private FunctionalClassification() {
    }

    static Optional<String> name(String code) {
        return Optional.ofNullable(CODES.get(code));
    }

    /** 类, 款 or 项 by the code's length; null for any other length. */
    static Level level(String code) {
        return switch (code.length()) {
            case 3 -> Level.CLASS;
            case 5 -> Level.SECTION;
            case 7 -> Level.ITEM;
            default -> null;
        };
    }

    enum Level { CLASS, SECTION, ITEM }
}
