package org.gongkai.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Table 三 of the annual report (国办公开办函〔2021〕30号): rows 一, 二, 三.（一）…（七） with their sub-rows, 四; columns
 * 自然人, the five kinds of organisation, 总计. {@code counts} maps a row key (such as "三.（三）.1") to one count per
 * column in {@link #COLUMNS} order.
 */
public record ApplicationsTable(int year, Map<String, long[]> counts) {

    public static final List<String> COLUMNS = List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");

    /** The rows in the template's order, each with its label. */
    public static final Map<String, String> ROWS = rows();

    public long cell(String row, int column) {
        return counts.get(row)[column];
    }

    /** The checks the template states; each broken one is described, empty when the table reconciles. */
    public List<String> reconciliation() {
        List<String> problems = new ArrayList<>();
        for (int c = 0; c < COLUMNS.size(); c++) {
            long in = cell("一", c) + cell("二", c);
            long out = cell("三.（七）", c) + cell("四", c);
            if (in != out) {
                problems.add(COLUMNS.get(c) + "：一 + 二 = " + in + "，（七）+ 四 = " + out);
            }
            long sum = 0;
            for (String group : List.of("（一）", "（二）", "（三）", "（四）", "（五）", "（六）")) {
                sum += cell("三." + group, c);
            }
            if (sum != cell("三.（七）", c)) {
                problems.add(COLUMNS.get(c) + "：（一）至（六）之和 " + sum + " ≠ （七）" + cell("三.（七）", c));
            }
        }
        return problems;
    }

    private static Map<String, String> rows() {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("一", "一、本年新收政府信息公开申请数量");
        r.put("二", "二、上年结转政府信息公开申请数量");
        r.put("三.（一）", "（一）予以公开");
        r.put("三.（二）", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）");
        r.put("三.（三）", "（三）不予公开");
        String[] withheld = {"属于国家秘密", "其他法律行政法规禁止公开", "危及“三安全一稳定”", "保护第三方合法权益",
                "属于三类内部事务信息", "属于四类过程性信息", "属于行政执法案卷", "属于行政查询事项"};
        for (int i = 0; i < withheld.length; i++) {
            r.put("三.（三）." + (i + 1), (i + 1) + "." + withheld[i]);
        }
        r.put("三.（四）", "（四）无法提供");
        String[] cannot = {"本机关不掌握相关政府信息", "没有现成信息需要另行制作", "补正后申请内容仍不明确"};
        for (int i = 0; i < cannot.length; i++) {
            r.put("三.（四）." + (i + 1), (i + 1) + "." + cannot[i]);
        }
        r.put("三.（五）", "（五）不予处理");
        String[] notHandled = {"信访举报投诉类申请", "重复申请", "要求提供公开出版物", "无正当理由大量反复申请",
                "要求行政机关确认或重新出具已获取信息"};
        for (int i = 0; i < notHandled.length; i++) {
            r.put("三.（五）." + (i + 1), (i + 1) + "." + notHandled[i]);
        }
        r.put("三.（六）", "（六）其他处理");
        String[] other = {"申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "其他"};
        for (int i = 0; i < other.length; i++) {
            r.put("三.（六）." + (i + 1), (i + 1) + "." + other[i]);
        }
        r.put("三.（七）", "（七）总计");
        r.put("四", "四、结转下年度继续办理");
        return java.util.Collections.unmodifiableMap(r);
    }
}
