package org.gongkai.integrity.clean;

/**
 * Which code points are emoji or pictographic junk in a Chinese government text. Works from Unicode blocks and
 * general categories (the JDK has no Extended_Pictographic property before Java 21): everything in the emoji and
 * pictograph blocks of plane 1, the Miscellaneous Symbols and Dingbats blocks, the pictographic part of
 * Miscellaneous Technical and Miscellaneous Symbols and Arrows, and any other plane-1 character (hieroglyphs,
 * mathematical letters and the like, which spammers use as decoration). Kept on purpose: ★ ☆ ✓ ✔ ✗, arrows,
 * geometric shapes (□ ○ ● ■ used as bullets and check boxes), ℃ №, circled numbers and CJK symbols — unless
 * they carry an emoji presentation selector.
 */
public final class Pictographs {

    private Pictographs() {
    }

    /** A base pictographic character that is junk on its own. */
    public static boolean isPictograph(int cp) {
        if (cp >= 0x10000 && cp <= 0x1FFFF) {
            return true;
        }
        if (cp >= 0x2600 && cp <= 0x27BF) {
            return !(cp == 0x2605 || cp == 0x2606 || cp == 0x2713 || cp == 0x2714 || cp == 0x2717);
        }
        if (cp >= 0x2B00 && cp <= 0x2BFF) {
            return true;
        }
        return cp == 0x231A || cp == 0x231B || cp == 0x2328 || cp == 0x2388 || cp == 0x23CF
                || (cp >= 0x23E9 && cp <= 0x23F3) || (cp >= 0x23F8 && cp <= 0x23FA);
    }

    /** A character that becomes an emoji when followed by U+FE0F (or that joins emoji sequences). */
    public static boolean isEmojiWhenSelected(int cp) {
        return cp == 0x00A9 || cp == 0x00AE || cp == 0x203C || cp == 0x2049 || cp == 0x2122 || cp == 0x2139
                || (cp >= 0x2194 && cp <= 0x21AA) || cp == 0x24C2 || (cp >= 0x25A0 && cp <= 0x25FF)
                || cp == 0x2934 || cp == 0x2935 || cp == 0x3030 || cp == 0x303D || cp == 0x3297 || cp == 0x3299
                || cp == 0x2605 || cp == 0x2606 || cp == 0x2713 || cp == 0x2714 || cp == 0x2717;
    }

    /** Modifiers that only make sense inside an emoji sequence. */
    public static boolean isEmojiModifier(int cp) {
        return cp == 0xFE0E || cp == 0xFE0F || cp == 0x200D || cp == 0x20E3
                || (cp >= 0x1F3FB && cp <= 0x1F3FF) || (cp >= 0xE0020 && cp <= 0xE007F);
    }

    /** Private-use characters render as icons of some font and carry no text. */
    public static boolean isPrivateUse(int cp) {
        return (cp >= 0xE000 && cp <= 0xF8FF) || cp >= 0xF0000;
    }
}
