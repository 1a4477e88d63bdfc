package org.gongkai.search.bench;

import org.gongkai.search.SearchDocument;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * A deterministic synthetic corpus of education-policy documents: document {@code i} is always the same, built
 * from word lists with a random generator seeded by {@code i}. 文号 use mixed bracket styles.
 */
final class SyntheticCorpus {

    static final String[] WORDS = ("义务教育 学前教育 高中阶段 职业教育 高等教育 特殊教育 民办教育 继续教育 招生 考试 入学 学籍 "
            + "资助 奖学金 助学金 营养改善 课后服务 双减 作业管理 校外培训 教师队伍 师德师风 职称评审 绩效工资 "
            + "校园安全 食品安全 体育 美育 劳动教育 心理健康 近视防控 课程改革 教材 评价改革 督导 评估 "
            + "经费 预算 决算 政府采购 基本建设 信息化 教育公平 城乡一体化 集团化办学 学区 划片 公示 "
            + "信息公开 政务公开 依法治校 规范办学 收费 减免 随迁子女 留守儿童 残疾儿童 农村学校 寄宿制 "
            + "教研 培训 交流轮岗 编制 实施方案 指导意见 工作要点 专项行动 年度报告 统计 监测 整改 落实").split(" ");
    static final String[] VERBS = "推进 加强 规范 完善 做好 深化 开展 组织 实施 落实 健全 印发 公布 调整".split(" ");
    static final String[] KINDS = "通知 意见 办法 方案 公告 决定 规定 细则 报告 公示".split(" ");
    static final String[] ISSUERS = "教基 教发 教职成 教高 教财 教人 教督 教体艺 教思政 教办".split(" ");
    static final String[][] BRACKETS = {{"〔", "〕"}, {"[", "]"}, {"(", ")"}, {"（", "）"}, {"【", "】"}};
    static final String[] THEMES = "教育 招生 资助 后勤 人事 财务 督导 安全".split(" ");
    static final String[] OPENNESS = {"DECISION", "EXECUTION", "MANAGEMENT", "SERVICE", "RESULT"};
    static final String[] VALIDITY = {"VALID", "VALID", "VALID", "VALID", "EXPIRED", "REPEALED", "REVISED"};
    /** A province's shape (issue 14): 1,000 organisations, {@link #CITIES} cities under the top one, counties below. */
    static final int ORGANISATIONS = 1000;
    static final int CITIES = 20;
    static final String[] DOC_KINDS = {"OTHER", "OTHER", "OTHER", "NORMATIVE", "RULE"};

    private SyntheticCorpus() {
    }

    static String documentNumber(long i) {
        SplittableRandom r = new SplittableRandom(i * 7919 + 17);
        String[] b = BRACKETS[r.nextInt(BRACKETS.length)];
        return ISSUERS[r.nextInt(ISSUERS.length)] + b[0] + (2010 + r.nextInt(16)) + b[1] + (1 + i % 400) + "号";
    }

    static SearchDocument document(long i) {
        SplittableRandom r = new SplittableRandom(i * 1_000_003 + 42);
        String title = "关于" + pick(r, VERBS) + pick(r, WORDS) + pick(r, WORDS) + "工作的" + pick(r, KINDS);
        StringBuilder body = new StringBuilder();
        int sentences = 6 + r.nextInt(10);
        for (int s = 0; s < sentences; s++) {
            body.append("各地各校要").append(pick(r, VERBS));
            int words = 4 + r.nextInt(6);
            for (int w = 0; w < words; w++) {
                body.append(pick(r, WORDS));
                if (w % 3 == 2) {
                    body.append('，').append(pick(r, VERBS));
                }
            }
            body.append(r.nextInt(5) == 0 ? "，确保取得实效。" : "。");
        }
        long org = 1 + (i % ORGANISATIONS);
        List<Long> path = org <= CITIES ? List.of(0L, org) : List.of(0L, 1 + org % CITIES, org);
        LocalDate date = LocalDate.of(2010, 1, 1).plusDays(r.nextInt(16 * 365));
        return new SearchDocument(i, i, title, documentNumber(i), org, path, OPENNESS[r.nextInt(5)],
                THEMES[r.nextInt(THEMES.length)], VALIDITY[r.nextInt(VALIDITY.length)], date, body.toString(), "",
                "BENCH-" + i, 1000L + r.nextInt(20), DOC_KINDS[r.nextInt(DOC_KINDS.length)]);
    }

    private static String pick(SplittableRandom r, String[] from) {
        return from[r.nextInt(from.length)];
    }

    static Iterator<SearchDocument> documents(long count) {
        return new Iterator<>() {
            long next = 1;

            @Override
            public boolean hasNext() {
                return next <= count;
            }

            @Override
            public SearchDocument next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return document(next++);
            }
        };
    }
}
