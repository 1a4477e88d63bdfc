package org.gongkai.review;

import java.util.List;

/**
 * Context words just before a candidate ("身份证号：", "订单号") that make it more or less likely to be what its shape
 * suggests. Only the candidate's own line counts. The nearest label wins: in "订单号 2023… 联系电话 138…" the phone number's label is 联系电话.
 */
final class Labels {

    enum Verdict { POSITIVE, NEGATIVE, NONE }

    /** Labels of numbers that are not personal data. */
    static final List<String> NOT_PERSONAL = List.of("订单", "单号", "流水号", "编号", "序号", "序列号", "批次", "条码",
            "交易号", "索引号", "文号", "学号", "考号", "准考证", "准考证号", "工号", "证书号", "注册号", "登记号", "运单", "快递",
            "合同号", "项目号", "代码", "识别号", "发票", "邮编", "邮政编码", "版本", "ISBN", "金额", "预算");

    private Labels() {
    }

    /**
     * Looks at the {@code window} chars before {@code start} and reports whether the nearest label is one of
     * {@code positive}, one of {@code negative}, or neither.
     */
    static Verdict before(ScanText t, int start, int window, List<String> positive, List<String> negative) {
        String w = window(t, start, window);
        int pos = lastEnd(w, positive);
        int neg = lastEnd(w, negative);
        if (pos < 0 && neg < 0) {
            return Verdict.NONE;
        }
        return pos >= neg ? Verdict.POSITIVE : Verdict.NEGATIVE;
    }

    static boolean anyBefore(ScanText t, int start, int window, List<String> words) {
        return lastEnd(window(t, start, window), words) >= 0;
    }

    /** Up to {@code size} chars before {@code start}, on the same line (a table's heading row is not a label). */
    private static String window(ScanText t, int start, int size) {
        return t.text.substring(Math.max(t.lineStart(start), start - size), start);
    }

    private static int lastEnd(String window, List<String> words) {
        int best = -1;
        for (String word : words) {
            int i = window.lastIndexOf(word);
            if (i >= 0) {
                best = Math.max(best, i + word.length());
            }
        }
        return best;
    }

    /** True when the number is followed by a unit or preceded by a currency sign: an amount or a count, not an id. */
    static boolean looksLikeQuantity(ScanText t, int start, int end) {
        char before = t.charBefore(start);
        if (before == '¥' || before == '￥' || before == '$' || before == '€') {
            return true;
        }
        char after = t.charAt(end);
        return "元万亿千百%人次个件份台套册本页项所名张条座辆吨米克".indexOf(after) >= 0;
    }
}
