package org.gongkai.review;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Bank card numbers: 16–19 digits (plain, or in groups of four) passing Luhn. A card-issuer prefix (62 UnionPay;
 * 3, 4, 5, 6, 9 and 2221–2720) or a card label raises confidence; a number with no issuer prefix, starting with a
 * date or labelled as an order or serial number is not a card. An 18-digit number shaped like a resident ID
 * (province prefix, birth date) is an ID, perhaps mistyped, not a card.
 */
final class BankCardDetector implements Detector {

    private static final Pattern CARD = Pattern.compile(START + "(?:[0-9]{16,19}|[0-9]{4}(?: [0-9]{4}){3}(?: [0-9]{1,3})?"
            + "|[0-9]{4}(?:-[0-9]{4}){3}(?:-[0-9]{1,3})?|[0-9]{6} [0-9]{10,13})" + END);
    private static final Pattern DATE_PREFIX = Pattern.compile("(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01]).*");
    private static final List<String> CARD_LABELS = List.of("卡号", "银行卡", "账号", "帐号", "账户", "帐户", "开户",
            "银行", "储蓄卡", "借记卡", "信用卡", "工资卡", "社保卡", "收款",
            // a card label ending in a word that alone means "not personal" (编号): the longer label wins
            "账户编号", "帐户编号", "账号编号", "帐号编号", "卡片编号", "卡编号", "账户号码", "帐户号码", "账号号码");

    private static final List<String> NOT_CARD = Stream.concat(Labels.NOT_PERSONAL.stream(),
            Stream.of("身份证", "身份号码", "证件号")).toList();

    private final LocalDate today;

    BankCardDetector(LocalDate today) {
        this.today = today;
    }

    @Override
    public void detect(ScanText t, List<Finding> out) {
        t.eachTokenMatch(CARD, s -> worthTrying(t, s), m -> check(t, m, out));
    }

    /** 16–19 digits in a row, or a first group of 4 or 6 followed by a space or hyphen. */
    private static boolean worthTrying(ScanText t, int s) {
        int run = t.digitRun(s);
        char next = t.charAt(s + run);
        return run >= 16 && run <= 19 || (run == 4 || run == 6) && (next == ' ' || next == '-');
    }

    private void check(ScanText t, Matcher m, List<Finding> out) {
        String digits = CheckSums.digitsOnly(m.group());
        if (digits.length() < 16 || digits.length() > 19 || !CheckSums.luhn(digits)
                || ResidentIds.isIdShaped18(digits, today) || Labels.looksLikeQuantity(t, m.start(), m.end())) {
            return;
        }
        Labels.Verdict v = Labels.before(t, m.start(), 16, CARD_LABELS, NOT_CARD);
        double confidence;
        if (v == Labels.Verdict.POSITIVE) {
            confidence = 0.95;
        } else if (v == Labels.Verdict.NEGATIVE || DATE_PREFIX.matcher(digits).matches()) {
            return;
        } else if (digits.startsWith("62")) {
            confidence = 0.85;
        } else if (issuerPrefix(digits)) {
            confidence = 0.6;
        } else {
            return;
        }
        out.add(t.finding(FindingKind.BANK_CARD, m.start(), m.end(), confidence));
    }

    static boolean issuerPrefix(String digits) {
        char c = digits.charAt(0);
        if (c == '3' || c == '4' || c == '5' || c == '6' || c == '9') {
            return true;
        }
        int four = Integer.parseInt(digits.substring(0, 4));
        return four >= 2221 && four <= 2720;
    }
}
