package org.gongkai.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/** Demo documents: realistic in form, invented in content (except the founding policy, imported separately). */
final class DemoDocuments {

    /** How far a demo document goes through the workflow. */
    enum Stage { DRAFT, IN_REVIEW, PUBLISHED, WITHDRAWN }

    record Doc(String orgKey, String key, String column, String title, String number, LocalDate written,
               LocalDate published, String theme, String openness, String keywords, String summary,
               List<String> paragraphs, Stage stage, String replaces) {
    }

    static final int NOT_PUBLISHED = -1;

    /** The day the demo is built, from which every demo date is counted back. */
    record Days(LocalDate today) {
        LocalDate ago(int days) {
            return today.minusDays(days);
        }
    }

    private static final Pattern YEAR = Pattern.compile("\\{年([-+]\\d+)?}");

    /**
     * A document written and published the given numbers of days before the demo is built; "{年}" in its texts is
     * the year of its date ("{年-1}" the year before), so titles and dates agree whenever the demo runs.
     */
    static Doc doc(Days t, String org, String key, String column, String title, String number, int writtenAgo,
                   int publishedAgo, String theme, String openness, String keywords, String summary,
                   List<String> paragraphs, Stage stage, String replaces) {
        LocalDate written = t.ago(writtenAgo);
        LocalDate published = publishedAgo == NOT_PUBLISHED ? null : t.ago(publishedAgo);
        int year = (published == null ? written : published).getYear();
        return new Doc(org, key, column, years(title, year), years(number, year), written, published, theme, openness,
                keywords, years(summary, year), paragraphs.stream().map(p -> years(p, year)).toList(), stage, replaces);
    }

    static String years(String text, int year) {
        if (text == null) {
            return null;
        }
        return YEAR.matcher(text).replaceAll(m -> String.valueOf(m.group(1) == null ? year
                : year + Integer.parseInt(m.group(1))));
    }

    private DemoDocuments() {
    }

    static List<Doc> all(LocalDate today) {
        Days t = new Days(today);
        List<Doc> docs = new java.util.ArrayList<>(List.of(
                doc(t, "moe", "moe-enrol", "考试信息", "教育部关于做好{年}年普通高校招生工作的通知", "教学〔{年}〕1号",
                        42, 40, "教育", "EXECUTION", "招生 高考 普通高校",
                        "部署{年}年普通高校招生工作，明确招生计划管理、考试安全、录取监督和信息公开要求。",
                        List.of("各省、自治区、直辖市教育厅（教委），新疆生产建设兵团教育局，有关部门（单位）教育司（局），部属各高等学校、部省合建各高等学校：",
                                "为做好{年}年普通高校招生工作，现就有关事项通知如下。",
                                "一、严格招生计划管理。各地各校要严格执行国家下达的招生计划，不得擅自调整。",
                                "二、确保考试安全。各地要健全考试安全责任体系，加强考务管理和考场巡查。",
                                "三、规范录取工作。高校要严格按照向社会公布的招生章程开展录取工作，录取结果及时向社会公开。",
                                "四、深化招生信息公开。各地各校要按照“十公开”要求，主动公开招生政策、资格审核、录取程序和录取结果，接受社会监督。"),
                        Stage.PUBLISHED, null),
                doc(t, "moe", "moe-plan", "规划计划", "教育部{年}年工作要点", null,
                        63, 60, "教育", "DECISION", "工作要点 年度计划",
                        "印发{年}年度工作要点，明确全年重点任务。",
                        List.of("{年}年教育工作的总体要求是：坚持稳中求进工作总基调，着力推进教育高质量发展。",
                                "一、全面加强党的领导。",
                                "二、推进基础教育扩优提质。",
                                "三、深化高等教育综合改革。",
                                "四、全面推进政务公开，以公开为常态、不公开为例外，持续提升教育政务公开质量。"),
                        Stage.PUBLISHED, null),
                new Doc("moe", "moe-old-rule", "规范性文件", "教育部关于学校信息公开工作的若干规定（2015年）", "教办〔2015〕9号",
                        LocalDate.of(2015, 5, 20), LocalDate.of(2015, 5, 25), "教育", "MANAGEMENT", "信息公开 学校",
                        "对学校信息公开工作作出规定。本文件已被新规定替代。",
                        List.of("为规范学校信息公开工作，制定本规定。", "第一条 学校应当建立健全信息公开工作制度。"),
                        Stage.PUBLISHED, null),
                doc(t, "moe", "moe-new-rule", "规范性文件", "教育部关于学校信息公开工作的规定", "教办〔{年}〕2号",
                        22, 20, "教育", "MANAGEMENT", "信息公开 学校",
                        "修订后的学校信息公开工作规定，替代2015年版本。",
                        List.of("为进一步规范学校信息公开工作，保障公民、法人和其他组织依法获取学校信息，制定本规定。",
                                "第一条 学校应当建立健全信息公开工作制度，明确工作机构和人员。",
                                "第二条 学校应当编制信息公开目录和信息公开指南，并及时更新。"),
                        Stage.PUBLISHED, "moe-old-rule"),
                doc(t, "jiangnan", "jn-budget", "部门预算", "江南省教育厅{年}年部门预算", null,
                        75, 70, "财政", "RESULT", "部门预算 财政",
                        "公开{年}年部门预算，包括收支总表、一般公共预算支出表和“三公”经费情况。",
                        List.of("一、部门主要职责。", "二、部门预算单位构成。", "三、{年}年部门预算收支情况说明：收入预算合计与支出预算合计相等。",
                                "四、“三公”经费预算情况说明。"),
                        Stage.PUBLISHED, null),
                doc(t, "jiangnan", "jn-zone", "义务教育招生入学", "江南省教育厅关于做好{年}年义务教育招生入学工作的通知", "江南教基〔{年}〕5号",
                        32, 30, "教育", "SERVICE", "义务教育 招生 划片",
                        "部署义务教育阶段招生入学工作，要求各地公开学区划分和随迁子女入学办法。",
                        List.of("各市、县（市、区）教育局：", "一、坚持免试就近入学。各地要科学划定学区，并于4月底前向社会公布。",
                                "二、保障随迁子女平等入学。各地要公布随迁子女入学条件、材料和办理流程。",
                                "三、严禁以各类考试、竞赛成绩作为招生依据。"),
                        Stage.PUBLISHED, null),
                doc(t, "lingbei", "lb-supervision", "督导评估", "岭北省{年-1}年县域义务教育优质均衡发展督导评估报告", null,
                        85, 80, "教育督导", "RESULT", "督导评估 均衡发展",
                        "公布{年-1}年县域义务教育优质均衡发展督导评估结果。",
                        List.of("根据国家有关规定，省人民政府教育督导委员会办公室组织开展了{年-1}年县域义务教育优质均衡发展督导评估。",
                                "评估结果显示，参评县资源配置、政府保障程度和教育质量总体达到要求。"),
                        Stage.PUBLISHED, null),
                doc(t, "linjiang", "lj-teacher", "人事信息", "临江市教育局{年}年公开招聘中小学教师公告", null,
                        51, 50, "人事", "SERVICE", "招聘 教师",
                        "公开招聘中小学教师，公布岗位、条件、报名方式和时间安排。",
                        List.of("根据工作需要，经市人力资源和社会保障局同意，现面向社会公开招聘中小学教师。",
                                "一、招聘岗位及人数：详见附件岗位表。", "二、报名条件。", "三、报名时间和方式：网上报名，不收取报名费。"),
                        Stage.PUBLISHED, null),
                doc(t, "qingxi", "qx-zone", "义务教育招生入学", "清溪县{年}年义务教育学校学区划分方案", "清教〔{年}〕12号",
                        27, 25, "教育", "SERVICE", "学区划分 小学 初中",
                        "公布县城各小学、初中的学区范围和招生计划。",
                        List.of("根据上级文件精神，结合我县实际，制定本方案。",
                                "一、县实验小学学区：城关镇育英社区、南门社区。",
                                "二、县第一中学学区：城关镇全域及周边三个行政村。",
                                "三、随迁子女入学按照“材料审核、统筹安排”的原则办理。"),
                        Stage.PUBLISHED, null),
                doc(t, "qingxi", "qx-fee", "通知公告", "清溪县教育局关于{年}年秋冬学期学校收费项目和标准的公示", null,
                        77, 75, "收费", "RESULT", "收费 公示",
                        "公示本学期各类学校的收费项目、标准和依据，接受社会监督。",
                        List.of("一、义务教育阶段学校免收学费、杂费。", "二、普通高中学费按省定标准执行。",
                                "三、服务性收费和代收费遵循自愿原则。", "监督电话：0571-82000001。"),
                        Stage.WITHDRAWN, null),
                doc(t, "qingxi", "qx-draft", "通知公告", "清溪县教育局关于开展{年}年寒假教师培训的通知（草稿）", null,
                        1, NOT_PUBLISHED, "教育", "EXECUTION", "教师培训",
                        "草稿：寒假教师培训安排。",
                        List.of("各中小学：", "为提升教师专业能力，定于寒假期间组织教师培训。"),
                        Stage.DRAFT, null),
                doc(t, "qingxi", "qx-review", "其他文件", "清溪县{年}年校园安全专项整治工作方案", null,
                        4, NOT_PUBLISHED, "安全", "EXECUTION", "校园安全",
                        "校园安全专项整治工作方案，待审核。",
                        List.of("为切实保障师生安全，决定在全县开展校园安全专项整治。"),
                        Stage.IN_REVIEW, null),
                doc(t, "hxnu", "hxnu-charter", "本科招生章程与计划", "华夏师范大学{年}年本科招生章程", null,
                        40, 35, "招生考试", "SERVICE", "招生章程 本科",
                        "本科招生章程，含录取规则、收费标准和咨询申诉渠道。",
                        List.of("第一章 总则", "第一条 为保证学校本科招生工作顺利进行，根据有关规定，制定本章程。",
                                "第二章 录取规则", "第三章 收费标准及资助政策", "第四章 咨询与申诉：招生咨询电话 010-62000002。"),
                        Stage.PUBLISHED, null),
                doc(t, "jnut", "jnut-report", "信息公开年度报告", "江南理工大学{年-1}—{年}学年信息公开工作年度报告", null,
                        28, 20, "信息公开", "RESULT", "年度报告 信息公开",
                        "学校信息公开工作年度报告。",
                        List.of("一、概述。", "二、主动公开情况。", "三、依申请公开和不予公开情况。", "四、对信息公开的评议情况。"),
                        Stage.PUBLISHED, null),
                doc(t, "qxsy", "qxsy-enrol", "招生入学", "清溪县实验小学{年}年一年级招生简章", null,
                        33, 28, "招生入学", "SERVICE", "招生 一年级",
                        "一年级招生范围、报名时间和所需材料。",
                        List.of("一、招生对象：{年-7}年9月1日至{年-6}年8月31日出生、户籍或居住在本校学区内的适龄儿童。",
                                "二、报名时间：6月10日至6月15日。", "三、报名材料：户口簿、房产证明或居住证。"),
                        Stage.PUBLISHED, null),
                doc(t, "qxyz", "qxyz-canteen", "食品安全", "清溪县第一中学食堂食品安全管理制度", null,
                        48, 45, "食品安全", "MANAGEMENT", "食堂 食品安全",
                        "学校食堂食品安全管理制度及陪餐制度。",
                        List.of("第一条 学校实行食品安全校长负责制。", "第二条 学校建立集中用餐陪餐制度，每餐均有学校相关负责人陪餐。"),
                        Stage.PUBLISHED, null)));
        docs.addAll(DemoCountyDocuments.all(t));
        return docs;
    }
}
