package org.gongkai.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/** Builds numbers for the tests: resident IDs with the right (or a wrong) check digit, Luhn-valid cards, mobiles. */
final class Numbers {

    /** Real county-level region codes of GB/T 2260. */
    static final List<String> REGIONS = List.of("110105", "110108", "310104", "440106", "320102", "510107", "420111",
            "330106", "610113", "370102", "430104", "210102", "500103", "350102", "130102", "410105", "530102",
            "620102", "650102", "450103", "520102", "360102", "340104", "140105", "150102", "220102", "230102",
            "120101", "460105", "630102", "640104", "540102", "441900", "370202");
    static final List<String> CARD_BINS = List.of("622202", "621700", "622848", "621483", "621226", "622588",
            "436742", "518710", "625965", "601382", "622700", "623668");
    static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁";
    static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国子涵浩然雨欣梓萱一诺宇轩思远佳琪嘉怡";

    private final Random random;

    Numbers(long seed) {
        this.random = new Random(seed);
    }

    Random random() {
        return random;
    }

    static String id18(String region, LocalDate birth, int sequence) {
        String first17 = region + "%04d%02d%02d%03d".formatted(birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), sequence);
        return first17 + ResidentIds.checkDigit(first17);
    }

    static String withWrongCheck(String id) {
        char right = id.charAt(17);
        char wrong = right == '9' ? '3' : right == 'X' ? '7' : (char) (right + 1);
        return id.substring(0, 17) + wrong;
    }

    String region() {
        return REGIONS.get(random.nextInt(REGIONS.size()));
    }

    LocalDate birth() {
        return LocalDate.of(1950 + random.nextInt(60), 1, 1).plusDays(random.nextInt(365));
    }

    String validId() {
        return id18(region(), birth(), random.nextInt(1000));
    }

    /** A valid ID whose check digit is X. */
    String validIdEndingInX() {
        while (true) {
            String id = validId();
            if (id.endsWith("X")) {
                return id;
            }
        }
    }

    /** Correct check digit but a date that cannot be a birth date. */
    String idWithImpossibleDate() {
        String[] dates = {"19901332", "20000230", "19850431", "18500101", "21000101", "19991300", "20230229", "19770000"};
        String first17 = region() + dates[random.nextInt(dates.length)] + "%03d".formatted(random.nextInt(1000));
        return first17 + ResidentIds.checkDigit(first17);
    }

    /** Correct check digit and date but a region that is no province (first digits 9x, 0x, 19, 20, 39…). */
    String idWithImpossibleRegion() {
        String[] regions = {"910101", "010101", "190101", "200101", "390101", "690101", "720101", "990000"};
        String first17 = regions[random.nextInt(regions.length)] + "19880808" + "%03d".formatted(random.nextInt(1000));
        return first17 + ResidentIds.checkDigit(first17);
    }

    String legacyId15() {
        LocalDate b = LocalDate.of(1940 + random.nextInt(50), 1, 1).plusDays(random.nextInt(365));
        return region() + "%02d%02d%02d%03d".formatted(b.getYear() % 100, b.getMonthValue(), b.getDayOfMonth(),
                random.nextInt(1000));
    }

    String card(int length) {
        StringBuilder b = new StringBuilder(CARD_BINS.get(random.nextInt(CARD_BINS.size())));
        while (b.length() < length - 1) {
            b.append(random.nextInt(10));
        }
        for (int check = 0; check < 10; check++) {
            if (CheckSums.luhn(b.toString() + check)) {
                return b.toString() + check;
            }
        }
        throw new IllegalStateException();
    }

    String cardWithBadLuhn(int length) {
        String good = card(length);
        char last = good.charAt(length - 1);
        return good.substring(0, length - 1) + (char) ('0' + (last - '0' + 1 + random.nextInt(8)) % 10);
    }

    String mobile() {
        return "1" + "3456789".charAt(random.nextInt(7)) + digits(9);
    }

    String digits(int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append(random.nextInt(10));
        }
        return b.toString();
    }

    String name() {
        StringBuilder b = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        int given = 1 + random.nextInt(2);
        for (int i = 0; i < given; i++) {
            b.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return b.toString();
    }

    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    /** A 统一社会信用代码 with its check character. */
    String uscc() {
        String chars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        String head = pick(List.of("11", "12", "52", "91", "13")) + region() + digits(8) + chars.charAt(random.nextInt(10));
        for (int i = 0; i < chars.length(); i++) {
            if (CheckSums.uscc(head + chars.charAt(i))) {
                return head + chars.charAt(i);
            }
        }
        throw new IllegalStateException();
    }

    static String fullWidth(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(c >= '!' && c <= '~' ? (char) (c + 0xFEE0) : c);
        }
        return b.toString();
    }
}
