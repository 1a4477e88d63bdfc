package org.gongkai.calendar;

import java.util.Map;

/**
 * English names of the holidays the State Council's notices use, for the English pages. A name the table does not
 * know (a one-off commemoration loaded by an administrator) has no English name; pages then show the Chinese one.
 */
final class HolidayNames {

    private static final Map<String, String> ENGLISH = Map.ofEntries(
            Map.entry("元旦", "New Year's Day"),
            Map.entry("春节", "Spring Festival"),
            Map.entry("清明节", "Qingming Festival"),
            Map.entry("劳动节", "Labour Day"),
            Map.entry("“五一”", "Labour Day (May Day)"),
            Map.entry("“五一”国际劳动节", "International Labour Day"),
            Map.entry("端午节", "Dragon Boat Festival"),
            Map.entry("中秋节", "Mid-Autumn Festival"),
            Map.entry("国庆节", "National Day"),
            Map.entry("“十一”", "National Day"),
            Map.entry("国庆节、中秋节", "National Day and Mid-Autumn Festival"),
            Map.entry("中秋节、国庆节", "Mid-Autumn Festival and National Day"),
            Map.entry("抗日战争暨世界反法西斯战争胜利70周年纪念日",
                    "70th anniversary of the victory in the War of Resistance against Japanese Aggression"
                            + " and the World Anti-Fascist War"));

    private HolidayNames() {
    }

    /** The English name, or null when there is none. */
    static String english(String chinese) {
        return chinese == null ? null : ENGLISH.get(chinese.trim());
    }
}
