package org.gongkai.review;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.review.FindingKind.*;

/** Edge cases of each detector, masking and the guarantees of the engine (offsets, linear time). */
class ScreenerTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    static final String ID = Numbers.id18("110105", LocalDate.of(1990, 1, 1), 123);

    static List<Finding> screen(String text) {
        return Screener.screen(text, List.of(), TODAY);
    }

    static List<String> matched(String text, FindingKind kind) {
        return screen(text).stream().filter(f -> f.kind() == kind).map(Finding::matched).toList();
    }

    @Test
    void checkDigitFollowsIso7064() {
        assertThat(ResidentIds.checkDigit("11010519491231002")).isEqualTo('X');
        assertThat(ResidentIds.isValid18("11010519491231002X", TODAY)).isTrue();
        assertThat(ResidentIds.isValid18("11010519491231002x", TODAY)).isTrue();
        assertThat(ResidentIds.isValid18("110105194912310021", TODAY)).isFalse();
    }

    @Test
    void residentIdNeedsCheckDigitDateAndProvince() {
        assertThat(matched("身份证号" + ID, RESIDENT_ID)).containsExactly(ID);
        assertThat(matched("身份证号" + Numbers.withWrongCheck(ID), RESIDENT_ID)).isEmpty();
        String feb30 = "11010520000230123";
        assertThat(matched(feb30 + ResidentIds.checkDigit(feb30), RESIDENT_ID)).isEmpty();
        String future = Numbers.id18("110105", TODAY.plusDays(1), 1);
        assertThat(matched(future, RESIDENT_ID)).isEmpty();
        String noProvince = "19010519900101123";
        assertThat(matched(noProvince + ResidentIds.checkDigit(noProvince), RESIDENT_ID)).isEmpty();
    }

    @Test
    void residentIdInsideALongerRunIsNot() {
        assertThat(matched("9" + ID, RESIDENT_ID)).isEmpty();
        assertThat(matched(ID + "1", RESIDENT_ID)).isEmpty();
        assertThat(matched("A" + ID, RESIDENT_ID)).isEmpty();
        assertThat(matched("3." + ID, RESIDENT_ID)).isEmpty();
        assertThat(matched("学籍号G" + ID, RESIDENT_ID)).containsExactly(ID);
    }

    @Test
    void legacyIdHasLowerConfidenceUnlessLabelled() {
        List<Finding> bare = screen("档案 110105900228123");
        assertThat(bare).singleElement().satisfies(f -> assertThat(f.confidence()).isLessThan(0.7));
        assertThat(screen("身份证 110105900228123").get(0).confidence()).isGreaterThan(0.8);
        assertThat(screen("准考证号110105900228123")).isEmpty();
        assertThat(screen("110105901328123")).isEmpty();
    }

    @Test
    void fullWidthDigitsAreFoundAtTheirOwnOffsets() {
        String text = "甲：" + Numbers.fullWidth(ID) + "。";
        Finding f = screen(text).get(0);
        assertThat(f.kind()).isEqualTo(RESIDENT_ID);
        assertThat(f.start()).isEqualTo(2);
        assertThat(f.matched()).isEqualTo(text.substring(2, 20));
        assertThat(f.maskedPreview()).startsWith("１１０１０５").contains("********");
    }

    @Test
    void mobileForms() {
        assertThat(matched("手机13812345678", MOBILE)).containsExactly("13812345678");
        assertThat(matched("138-1234-5678和138 1234 5678", MOBILE)).containsExactly("138-1234-5678", "138 1234 5678");
        assertThat(matched("+86 13812345678", MOBILE)).containsExactly("+86 13812345678");
        assertThat(matched("+8613812345678", MOBILE)).containsExactly("+8613812345678");
        assertThat(matched("12812345678", MOBILE)).isEmpty();
        assertThat(matched("138123456789", MOBILE)).isEmpty();
        assertThat(matched("213812345678", MOBILE)).isEmpty();
        assertThat(matched("13812345678.25", MOBILE)).isEmpty();
        assertThat(matched("13812345678元", MOBILE)).isEmpty();
        assertThat(matched("学号13812345678", MOBILE)).isEmpty();
        assertThat(matched("学号2023001 电话13812345678", MOBILE)).containsExactly("13812345678");
    }

    @Test
    void landlineForms() {
        assertThat(matched("010-66096114", LANDLINE)).containsExactly("010-66096114");
        assertThat(matched("(0571)87654321", LANDLINE)).containsExactly("(0571)87654321");
        assertThat(matched("（０２０）８３２２１１２２", LANDLINE)).containsExactly("（０２０）８３２２１１２２");
        assertThat(matched("010-66096114-8001", LANDLINE)).containsExactly("010-66096114-8001");
        assertThat(matched("2023-0315-1234567", LANDLINE)).isEmpty();
        assertThat(matched("010-12345678", LANDLINE)).isEmpty();
        assertThat(matched("索引号：000013338/2023-00079", LANDLINE)).isEmpty();
    }

    @Test
    void bankCards() {
        Numbers n = new Numbers(1);
        String card = n.card(19);
        while (!card.startsWith("62")) {
            card = n.card(19);
        }
        assertThat(matched("卡号" + card, BANK_CARD)).containsExactly(card);
        assertThat(matched(card, BANK_CARD)).containsExactly(card);
        String bad = card.substring(0, 18) + (char) ('0' + (card.charAt(18) - '0' + 5) % 10);
        assertThat(matched("卡号" + bad, BANK_CARD)).isEmpty();
        assertThat(matched("订单号" + card, BANK_CARD)).isEmpty();
        String grouped = "6228 4800 1234 5678 903";
        assertThat(matched("卡号：" + grouped, BANK_CARD)).containsExactly(grouped);
        assertThat(screen(ID)).extracting(Finding::kind).containsExactly(RESIDENT_ID);
        assertThat(CheckSums.luhn("4111111111111111")).isTrue();
        assertThat(matched("4111111111111111", BANK_CARD)).containsExactly("4111111111111111");
        assertThat(matched("1111111111111111", BANK_CARD)).isEmpty();
    }

    @Test
    void datePrefixedNumbersAreOrdersNotCards() {
        String order = "2023081512345678";
        for (int check = 0; check < 10; check++) {
            String candidate = order.substring(0, 15) + check;
            if (CheckSums.luhn(candidate)) {
                assertThat(matched("单据 " + candidate, BANK_CARD)).isEmpty();
            }
        }
    }

    @Test
    void emails() {
        assertThat(matched("邮箱：a.b-c@mail.example.edu.cn。", EMAIL)).containsExactly("a.b-c@mail.example.edu.cn");
        assertThat(matched("x@localhost", EMAIL)).isEmpty();
        assertThat(matched("v1.2@3.4", EMAIL)).isEmpty();
    }

    @Test
    void travelDocuments() {
        assertThat(matched("护照E12345678", PASSPORT)).containsExactly("E12345678");
        assertThat(matched("型号P1234567", PASSPORT)).isEmpty();
        assertThat(matched("护照号：P1234567", PASSPORT)).containsExactly("P1234567");
        assertThat(matched("通行证C12345678", HK_MACAU_PERMIT)).containsExactly("C12345678");
        assertThat(matched("回乡证H1234567801", HK_MACAU_PERMIT)).containsExactly("H1234567801");
        assertThat(matched("台胞证号码：12345678", TAIWAN_PERMIT)).containsExactly("12345678");
        assertThat(matched("编号：12345678", TAIWAN_PERMIT)).isEmpty();
    }

    @Test
    void secretMarkingsInTheirStandardForms() {
        assertThat(matched("秘密★1年\n正文", SECRET_MARKING)).containsExactly("秘密★1年");
        assertThat(matched("机密★2025年12月31日前", SECRET_MARKING)).containsExactly("机密★2025年12月31日前");
        assertThat(matched("绝密★启用前", SECRET_MARKING)).containsExactly("绝密★启用前");
        assertThat(matched("  机密  \n标题", SECRET_MARKING)).containsExactly("机密");
        assertThat(matched("严禁泄露国家秘密和工作秘密。", SECRET_MARKING)).isEmpty();
        assertThat(matched("机密文件管理办法", SECRET_MARKING)).isEmpty();
    }

    @Test
    void notDisclosedOnlyAsAMarking() {
        assertThat(matched("依法不予公开的除外。", SECRET_MARKING)).isEmpty();
        assertThat(matched("决定不予公开。", SECRET_MARKING)).isEmpty();
        assertThat(matched("【不予公开】\n标题", SECRET_MARKING)).containsExactly("不予公开");
        assertThat(matched("公开方式：不予公开", SECRET_MARKING)).containsExactly("不予公开");
        assertThat(screen("本书为内部资料。").get(0).confidence()).isLessThan(0.6);
        assertThat(screen("内部资料\n标题").get(0).confidence()).isGreaterThan(0.9);
    }

    @Test
    void negativeTermsPlainAndRegex() {
        List<NegativeTerm> terms = List.of(NegativeTerm.parse("考生成绩", "1"), NegativeTerm.parse("/第[0-9]+考场/", "2"));
        List<Finding> found = Screener.screen("公布考生成绩，第12考场。", terms, TODAY);
        assertThat(found).extracting(Finding::matched).containsExactly("考生成绩", "第12考场");
        assertThat(found.get(0).maskedPreview()).isEqualTo("■■■■");
    }

    @Test
    void negativeTermValidation() {
        assertThat(NegativeTerm.problem("/[a-/")).isEqualTo("review.term.badRegex");
        assertThat(NegativeTerm.problem("/a*/")).isEqualTo("review.term.matchesEmpty");
        assertThat(NegativeTerm.problem(" ")).isEqualTo("review.term.blank");
        assertThat(NegativeTerm.problem("/abc")).isEqualTo("review.term.unclosedRegex");
        assertThat(NegativeTerm.problem("内部")).isNull();
        assertThatThrownBy(() -> NegativeTerm.parse("/(/", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCatastrophicRegexGivesUpInsteadOfHanging() {
        NegativeTerm evil = NegativeTerm.parse("/(a+)+b/", "evil");
        String text = "a".repeat(40) + "c";
        assertThat(Screener.screen(text, List.of(evil), TODAY)).isEmpty();
    }

    @Test
    void personListIsOneFindingPerTable() {
        Numbers n = new Numbers(7);
        String text = "名单\n1 张伟 " + n.validId() + "\n2 李娜 " + n.validId() + "\n\n\n\n\n其他\n3 王芳 " + n.mobile()
                + "\n4 赵强 " + n.mobile();
        assertThat(screen(text).stream().filter(f -> f.kind() == PERSON_LIST)).hasSize(2);
        assertThat(screen("联系人：张伟，电话13812345678").stream().filter(f -> f.kind() == PERSON_LIST)).isEmpty();
        assertThat(screen("1 姓名 " + ID + "\n2 电话 13812345678").stream().filter(f -> f.kind() == PERSON_LIST)).isEmpty();
    }

    @Test
    void masks() {
        assertThat(Masking.mask(RESIDENT_ID, "110105199001011234")).isEqualTo("110105********1234");
        assertThat(Masking.mask(RESIDENT_ID, "110105900228123")).isEqualTo("110105*****8123");
        assertThat(Masking.mask(MOBILE, "13812345678")).isEqualTo("138****5678");
        assertThat(Masking.mask(MOBILE, "138-1234-5678")).isEqualTo("138-****-5678");
        assertThat(Masking.mask(MOBILE, "+86 13812345678")).isEqualTo("+86 138****5678");
        assertThat(Masking.mask(BANK_CARD, "6222021001123451234")).isEqualTo("6222 **** **** 1234");
        assertThat(Masking.mask(EMAIL, "abc@example.com")).isEqualTo("a***@example.com");
        assertThat(Masking.mask(LANDLINE, "010-66096114")).isEqualTo("010-****6114");
        assertThat(Masking.mask(PASSPORT, "E12345678")).isEqualTo("E*****678");
    }

    @Test
    void redactReplacesEveryFindingAndKeepsTheRest() {
        String text = "1 张伟 " + ID + " 13812345678\n2 李娜 " + ID + " 13912345678";
        String redacted = Masking.redact(text, screen(text));
        assertThat(redacted).doesNotContain(ID).doesNotContain("13812345678").contains("张伟").contains("138****5678");
    }

    @Test
    void linearOnHostileInput() {
        String digits = "1".repeat(200_000);
        String letters = "a".repeat(200_000) + "@";
        String mixed = "138-".repeat(50_000) + "秘密".repeat(10_000) + "a.".repeat(50_000);
        for (String s : List.of(digits, letters, mixed)) {
            assertThat(screen(s)).isEmpty();
        }
    }

    @Test
    void residentIdWrittenWithSeparatorsOrSplitOverALine() {
        assertThat(matched("身份证号：110105 19800101 1238", RESIDENT_ID)).containsExactly("110105 19800101 1238");
        assertThat(matched("证件 110105-19800101-1238 已核验", RESIDENT_ID)).containsExactly("110105-19800101-1238");
        assertThat(matched("身份证号：11010519800101\n1238", RESIDENT_ID)).containsExactly("11010519800101\n1238");
        assertThat(matched("身份证号：110105198001\r\n  011238 王", RESIDENT_ID)).containsExactly("110105198001\r\n  011238");
        assertThat(matched("51010719760304331\nX", RESIDENT_ID)).containsExactly("51010719760304331\nX");
        assertThat(Masking.mask(RESIDENT_ID, "110105-19800101-1238")).isEqualTo("110105-********-1238");
        // wrong check digit, mixed separators, or more digits on the next line: nothing
        assertThat(matched("110105 19800101 1237", RESIDENT_ID)).isEmpty();
        assertThat(matched("110105-19800101 1238", RESIDENT_ID)).isEmpty();
        assertThat(matched("11010519800101\n1237", RESIDENT_ID)).isEmpty();
        assertThat(matched("11010519800101\n12381", RESIDENT_ID)).isEmpty();
        assertThat(matched("合计 110105\n1980", RESIDENT_ID)).isEmpty();
    }

    @Test
    void mobileWithCountryCodeWithoutPlus() {
        assertThat(matched("联系方式 8613812345678", MOBILE)).containsExactly("8613812345678");
        assertThat(matched("手机 +8613812345678", MOBILE)).containsExactly("+8613812345678");
        assertThat(matched("手机 (+86)13812345678", MOBILE)).containsExactly("(+86)13812345678");
        assertThat(matched("手机 86-138-1234-5678", MOBILE)).containsExactly("86-138-1234-5678");
        assertThat(Masking.mask(MOBILE, "8613812345678")).isEqualTo("86138****5678");
        assertThat(matched("编码 8612812345678", MOBILE)).isEmpty();
        assertThat(matched("86138123456789", MOBILE)).isEmpty();
    }

    @Test
    void bankCardAfterAccountLabels() {
        assertThat(matched("账户编号：6217001234567893", BANK_CARD)).containsExactly("6217001234567893");
        assertThat(matched("帐号编号 6222021001123456789", BANK_CARD)).containsExactly("6222021001123456789");
        assertThat(matched("收款账号：6217 0012 3456 7893", BANK_CARD)).containsExactly("6217 0012 3456 7893");
        assertThat(matched("账户编号：6217001234567894", BANK_CARD)).isEmpty();
        assertThat(matched("订单编号：6217001234567893", BANK_CARD)).isEmpty();
    }
}
