package org.gongkai.integrity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The gambling and betting vocabulary the cleaner recognises, in Simplified characters. Strong terms (博彩,
 * 百家乐…) are spam when stuffed beside another spam term; weak terms (体育, 在线, 注册…) are ordinary words
 * that only count inside such a run; brand names (金沙, 皇冠…) are spam only when followed by a gambling suffix
 * (金沙娱乐, 皇冠体育), and a number followed by one (6688体育) is always a brand. The standard lexicon is
 * {@code integrity/spam-lexicon.txt}; build your own with the constructor.
 */
public final class SpamLexicon {

    private static final String RESOURCE = "/integrity/spam-lexicon.txt";
    private static final String SUFFIX = "(?:体育|娱乐城|娱乐|彩票|博彩|棋牌|电竞|真人|官网|平台|国际|app|APP|App)";

    private final Set<String> strong;
    private final Set<String> weak;
    private final Set<String> brands;
    private final Pattern brand;
    private final Pattern term;

    public SpamLexicon(Set<String> strong, Set<String> weak, Set<String> brands) {
        this.strong = lower(strong);
        this.weak = lower(weak);
        this.brands = lower(brands);
        String named = this.brands.isEmpty() ? "(?!)" : alternation(this.brands);
        this.brand = Pattern.compile("(?<![0-9A-Za-z])(?:\\d{2,6}|" + named + ")" + SUFFIX, Pattern.CASE_INSENSITIVE);
        List<String> all = Stream.concat(this.strong.stream(), this.weak.stream()).toList();
        this.term = Pattern.compile(all.isEmpty() ? "(?!)" : alternation(all), Pattern.CASE_INSENSITIVE);
    }

    /** The lexicon shipped with Gongkai. */
    public static SpamLexicon standard() {
        try (InputStream in = SpamLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Set<String> strong = new LinkedHashSet<>();
            Set<String> weak = new LinkedHashSet<>();
            Set<String> brands = new LinkedHashSet<>();
            Set<String> target = strong;
            for (String raw : text.split("\n")) {
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                switch (line) {
                    case "[strong]" -> target = strong;
                    case "[weak]" -> target = weak;
                    case "[brand]" -> target = brands;
                    default -> target.add(line);
                }
            }
            return new SpamLexicon(strong, weak, brands);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A brand name with its gambling suffix (6688体育, 皇冠娱乐). */
    public Pattern brandPattern() {
        return brand;
    }

    /** Any strong or weak term. */
    public Pattern termPattern() {
        return term;
    }

    public boolean isStrong(String t) {
        return strong.contains(t.toLowerCase(Locale.ROOT));
    }

    public boolean isWeak(String t) {
        return weak.contains(t.toLowerCase(Locale.ROOT));
    }

    private static Set<String> lower(Set<String> in) {
        return in.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String alternation(Iterable<String> words) {
        List<String> sorted = new ArrayList<>();
        words.forEach(sorted::add);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return sorted.stream().map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")"));
    }
}
