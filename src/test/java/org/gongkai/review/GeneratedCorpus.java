package org.gongkai.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.gongkai.review.CorpusCase.expect;
import static org.gongkai.review.FindingKind.*;

/** The generated half of the screening corpus: deterministic (fixed seed), with and without personal data. */
final class GeneratedCorpus {

    static final long SEED = 20170410L;

    private final Numbers n = new Numbers(SEED);
    private final List<CorpusCase> cases = new ArrayList<>();

    static List<CorpusCase> cases() {
        GeneratedCorpus g = new GeneratedCorpus();
        g.residentIds();
        g.invalidIds();
        g.cards();
        g.phones();
        g.otherDocuments();
        g.lookAlikes();
        return g.cases;
    }

    private void add(String kind, String text, CorpusCase.Expected... expected) {
        cases.add(new CorpusCase("gen-" + kind + "-" + cases.size(), text, List.of(expected)));
    }

    private void residentIds() {
        List<String> templates = List.of(
                "经审核，%s同学（身份证号：%s）符合国家助学金资助条件。",
                "申请人%s的公民身份号码为%s，特此公示。",
                "%s，%s，现就读于第一中学高二（3）班。",
                "学生姓名：%s 身份证件号码：%s",
                "兹证明%s（%s）系我校在编教师。");
        for (int i = 0; i < 60; i++) {
            String id = i % 6 == 5 ? n.validIdEndingInX() : n.validId();
            if (i % 10 == 7) {
                id = id.substring(0, 17) + Character.toLowerCase(id.charAt(17));
            }
            add("id", templates.get(i % templates.size()).formatted(n.name(), id), expect(RESIDENT_ID, id));
        }
        for (int i = 0; i < 8; i++) {
            String id = Numbers.fullWidth(n.validId());
            add("id-fullwidth", "身份证号：" + id + "。", expect(RESIDENT_ID, id));
        }
        for (int i = 0; i < 6; i++) {
            String id = n.validId();
            add("id-bare", id, expect(RESIDENT_ID, id));
        }
        for (int i = 0; i < 15; i++) {
            String id = n.legacyId15();
            add("id15", "原身份证号码" + id + "已于" + (2000 + i) + "年换发。", expect(RESIDENT_ID, id));
        }
    }

    private void invalidIds() {
        for (int i = 0; i < 30; i++) {
            add("id-badcheck", "%s的身份证号为%s（校验位错误）。".formatted(n.name(), Numbers.withWrongCheck(n.validId())));
        }
        for (int i = 0; i < 20; i++) {
            add("id-baddate", "证件号码：" + n.idWithImpossibleDate());
        }
        for (int i = 0; i < 10; i++) {
            add("id-badregion", "证件号码：" + n.idWithImpossibleRegion());
        }
    }

    private void cards() {
        List<String> labelled = List.of("工资卡号：%s", "开户行：中国工商银行某某支行，账号：%s", "请将补助发放至本人银行卡%s。",
                "收款账户：%s（户名：%s）");
        for (int i = 0; i < 40; i++) {
            String card = n.card(i % 3 == 0 ? 16 : 19);
            if (i % 5 == 4 && card.length() == 16) {
                card = card.replaceAll("(\\d{4})(?=\\d)", "$1 ");
            }
            String template = labelled.get(i % labelled.size());
            add("card", template.formatted(card, n.name()), expect(BANK_CARD, card));
        }
        for (int i = 0; i < 8; i++) {
            String card;
            do {
                card = n.card(16);
            } while (!card.startsWith("62"));
            add("card-unlabelled", "退款已原路返回至" + card + "，请注意查收。", expect(BANK_CARD, card));
        }
        for (int i = 0; i < 20; i++) {
            String bad = n.cardWithBadLuhn(i % 2 == 0 ? 16 : 19);
            add("card-badluhn", "银行卡号：" + bad);
        }
    }

    private void phones() {
        List<String> templates = List.of("联系电话：%s", "手机%s（微信同号）", "如有疑问请拨打%s咨询。", "%s %s 初中部");
        for (int i = 0; i < 40; i++) {
            String m = n.mobile();
            String shown = switch (i % 5) {
                case 1 -> m.substring(0, 3) + "-" + m.substring(3, 7) + "-" + m.substring(7);
                case 2 -> m.substring(0, 3) + " " + m.substring(3, 7) + " " + m.substring(7);
                case 3 -> "+86 " + m;
                case 4 -> Numbers.fullWidth(m);
                default -> m;
            };
            String template = templates.get(i % templates.size());
            String text = template.startsWith("%s %s") ? template.formatted(n.name(), shown) : template.formatted(shown);
            add("mobile", text, expect(MOBILE, shown));
        }
        List<String> areas = List.of("010", "021", "0571", "0371", "020", "0851");
        for (int i = 0; i < 15; i++) {
            String area = areas.get(i % areas.size());
            String local = (2 + n.random().nextInt(7)) + n.digits(area.length() == 3 ? 7 : 6);
            String phone = switch (i % 3) {
                case 0 -> area + "-" + local;
                case 1 -> "(" + area + ")" + local;
                default -> area + "-" + local + "-80" + n.digits(2);
            };
            add("landline", "办公室电话：" + phone + "，传真同号。", expect(LANDLINE, phone));
        }
    }

    private void otherDocuments() {
        List<String> users = List.of("zhangwei", "li.na", "wang_fang88", "chen-jie", "student2023");
        List<String> domains = List.of("163.com", "qq.com", "example.edu.cn", "mail.example.org", "126.com");
        for (int i = 0; i < 10; i++) {
            String email = users.get(i % users.size()) + "@" + domains.get(i % domains.size());
            add("email", "请将材料发送至" + email + "，邮件标题注明姓名。", expect(EMAIL, email));
        }
        for (int i = 0; i < 8; i++) {
            String p = (i % 2 == 0 ? "E" : "G") + n.digits(8);
            add("passport", i % 3 == 0 ? "护照号码：" + p : "出境证件 " + p + " 已备案。", expect(PASSPORT, p));
        }
        for (int i = 0; i < 6; i++) {
            String p = "C" + n.digits(8);
            add("hkmo", "往来港澳通行证号码" + p + "，有效期五年。", expect(HK_MACAU_PERMIT, p));
        }
        for (int i = 0; i < 4; i++) {
            String p = (i % 2 == 0 ? "H" : "M") + n.digits(i < 2 ? 8 : 10);
            add("home-return", "港澳居民来往内地通行证：" + p, expect(HK_MACAU_PERMIT, p));
        }
        for (int i = 0; i < 4; i++) {
            String p = n.digits(8);
            add("taiwan", "台胞证号码：" + p + "，来自台北市。", expect(TAIWAN_PERMIT, p));
        }
    }

    private void lookAlikes() {
        for (int i = 0; i < 10; i++) {
            add("wenhao", "根据《关于全面推进政务公开工作的实施意见》（教办厅〔" + (2010 + i) + "〕" + (1 + i * 7) + "号）精神，现将有关事项通知如下。");
        }
        for (int i = 0; i < 10; i++) {
            add("suoyin", "索引号：" + n.digits(9) + "/" + (2015 + i % 9) + "-" + n.digits(5) + "　发布日期：2023-0" + (1 + i % 9) + "-1" + i % 10);
        }
        for (int i = 0; i < 10; i++) {
            add("serial", "证书编号：" + n.digits(18) + "，编号：GK-" + (2020 + i % 5) + "-" + n.digits(6));
        }
        for (int i = 0; i < 15; i++) {
            LocalDate d = LocalDate.of(2023, 1, 1).plusDays(n.random().nextInt(365));
            String order = d.toString().replace("-", "") + n.digits(8 + i % 4);
            add("order", (i % 2 == 0 ? "订单号：" : "交易流水号") + order + "，支付成功。");
        }
        for (int i = 0; i < 10; i++) {
            long yuan = 1_000_000L + n.random().nextInt(900_000_000);
            add("amount", "项目预算合计%,d.%02d元，其中财政拨款%,d元。".formatted(yuan, n.random().nextInt(100), yuan / 3));
        }
        for (int i = 0; i < 5; i++) {
            add("amount-digits", "本年度教育经费总投入" + n.mobile() + "元，比上年增长3.2%。");
        }
        for (int i = 0; i < 5; i++) {
            add("decimal", "测量值" + n.mobile() + "." + n.digits(2) + "，误差在允许范围内。");
        }
        for (int i = 0; i < 10; i++) {
            add("timestamp", "生成时间：2023" + "%02d%02d%02d%02d%02d".formatted(1 + i, 10 + i, 8 + i, 10 + i, 20 + i)
                    + "，时间戳" + (1690000000000L + n.random().nextInt(100_000_000)) + "。");
        }
        for (int i = 0; i < 5; i++) {
            add("postal", "地址：北京市西城区西单大木仓胡同37号，邮编：1008" + n.digits(2) + "，日期：2023年" + (i + 1) + "月" + (i + 10) + "日。");
        }
        for (int i = 0; i < 10; i++) {
            add("uscc", "统一社会信用代码：" + n.uscc());
        }
        for (int i = 0; i < 5; i++) {
            add("longrun", "批次号" + n.mobile() + n.digits(3) + "已入库。");
        }
        for (int i = 0; i < 8; i++) {
            add("student-number", "学号：" + n.mobile() + "，准考证号：" + n.legacyId15());
        }
        for (int i = 0; i < 5; i++) {
            add("isbn", "ISBN 978-7-" + n.digits(3) + "-" + n.digits(5) + "-" + n.digits(1) + "，定价48.00元。");
        }
    }
}
