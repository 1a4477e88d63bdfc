package org.gongkai.demo;

import org.gongkai.document.Disclosure;
import org.gongkai.document.DocumentContent;
import org.gongkai.document.Validity;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/** Deterministic, plausible Chinese disclosure documents for load tests: the same seed gives the same documents. */
final class SyntheticDocuments {

    private static final List<String> VERBS = List.of("做好", "加强", "规范", "推进", "深化", "完善", "开展", "落实");
    private static final List<String> TOPICS = List.of("义务教育招生入学", "学校安全", "教师队伍建设", "校外培训治理",
            "学生资助", "教育督导", "政务公开", "课后服务", "校园食品安全", "职业教育", "学前教育普及", "教育经费管理",
            "招生考试", "体育与健康", "家校共育", "教育信息化");
    private static final List<String> KINDS = List.of("通知", "实施方案", "工作要点", "办法", "意见", "公告");
    private static final List<String> SENTENCES = List.of(
            "各地各校要提高思想认识，加强组织领导，确保各项工作落到实处。",
            "要坚持以公开为常态、不公开为例外，及时回应社会关切。",
            "严格落实工作责任制，明确时间节点，细化工作措施。",
            "加强督促检查，对工作不力的单位予以通报。",
            "进一步完善制度机制，提升规范化、标准化水平。",
            "做好政策解读工作，通过多种形式加强宣传引导。",
            "学校应当建立健全信息公开工作制度，明确工作机构和人员。",
            "各单位要于规定时间前将工作开展情况报送市教育局。",
            "充分听取学生家长和社会各界的意见建议。",
            "统筹做好经费保障，确保资金使用规范、安全、有效。");

    private SyntheticDocuments() {
    }

    static DocumentContent content(long seed, int n, Long catalogNodeId, String issuer) {
        Random r = new Random(seed * 1_000_003L + n);
        String topic = TOPICS.get(r.nextInt(TOPICS.size()));
        int year = 2020 + r.nextInt(7);
        LocalDate written = LocalDate.of(year, 1 + r.nextInt(12), 1 + r.nextInt(28));
        String title = "关于" + VERBS.get(r.nextInt(VERBS.size())) + year + "年" + topic + "工作的"
                + KINDS.get(r.nextInt(KINDS.size())) + "（第" + (n + 1) + "号）";
        StringBuilder body = new StringBuilder();
        int paragraphs = 3 + r.nextInt(4);
        for (int p = 0; p < paragraphs; p++) {
            body.append("<p>");
            int sentences = 2 + r.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                body.append(SENTENCES.get(r.nextInt(SENTENCES.size())));
            }
            body.append("</p>");
        }
        String keywords = topic + " " + TOPICS.get(r.nextInt(TOPICS.size())) + " 政务公开";
        return DocumentContent.builder().catalogNodeId(catalogNodeId).title(title)
                .documentNumber("压教〔" + year + "〕" + (n + 1) + "号").issuer(issuer).writtenDate(written)
                .publishDate(written.plusDays(1 + r.nextInt(10))).theme("教育").opennessClass("RESULT")
                .keywords(keywords).disclosure(Disclosure.PROACTIVE).validity(Validity.VALID)
                .summary(topic + "相关工作安排。").bodyHtml(body.toString()).build();
    }
}
