package org.gongkai.platform;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The message bundles stay in step: each module's zh-CN bundle ({@code i18n/<module>.properties}, the default) has an
 * English twin ({@code i18n/<module>_en.properties}) with exactly the same keys, every bundle is on the message
 * source's basename list, and no key is defined twice (within a file, where the last silently wins, or in two
 * modules' bundles, where the first on the basename list silently wins).
 */
class MessageBundlesTest {

    private static final Path I18N = Path.of("src/main/resources/i18n");
    private static final Pattern KEY = Pattern.compile("^\\s*([^#!\\s][^=:\\s]*)\\s*[=:]");

    @Test
    void everyBundleHasAnEnglishTwinWithTheSameKeys() throws IOException {
        Map<String, Path> zh = bundles(false);
        Map<String, Path> en = bundles(true);
        assertThat(en.keySet()).as("English bundles without a zh-CN bundle").isSubsetOf(zh.keySet());
        assertThat(zh.keySet()).as("zh-CN bundles without an English twin").isSubsetOf(en.keySet());
        StringBuilder drift = new StringBuilder();
        for (String module : zh.keySet()) {
            Set<String> zhKeys = keys(zh.get(module));
            Set<String> enKeys = keys(en.get(module));
            Set<String> onlyZh = new TreeSet<>(zhKeys);
            onlyZh.removeAll(enKeys);
            Set<String> onlyEn = new TreeSet<>(enKeys);
            onlyEn.removeAll(zhKeys);
            onlyZh.forEach(k -> drift.append(module).append(": only in zh-CN: ").append(k).append('\n'));
            onlyEn.forEach(k -> drift.append(module).append(": only in English: ").append(k).append('\n'));
        }
        assertThat(drift.toString()).as("keys that differ between the bundles").isEmpty();
    }

    @Test
    void everyBundleIsOnTheBasenameList() throws IOException {
        String yml = Files.readString(Path.of("src/main/resources/application.yml"));
        Matcher m = Pattern.compile("basename:\\s*(\\S+)").matcher(yml);
        assertThat(m.find()).isTrue();
        List<String> listed = Arrays.stream(m.group(1).split(",")).map(String::trim).toList();
        assertThat(listed).containsExactlyInAnyOrderElementsOf(
                bundles(false).keySet().stream().map(module -> "i18n/" + module).toList());
    }

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        List<String> twice = new ArrayList<>();
        for (boolean english : new boolean[] {false, true}) {
            Map<String, String> owner = new TreeMap<>();
            for (Map.Entry<String, Path> bundle : bundles(english).entrySet()) {
                Set<String> seen = new TreeSet<>();
                for (String line : Files.readAllLines(bundle.getValue(), StandardCharsets.UTF_8)) {
                    Matcher m = KEY.matcher(line);
                    if (m.find()) {
                        String key = m.group(1);
                        if (!seen.add(key)) {
                            twice.add(bundle.getValue().getFileName() + ": " + key + " twice");
                        }
                        String first = owner.putIfAbsent(key, bundle.getKey());
                        if (first != null && !first.equals(bundle.getKey())) {
                            twice.add(key + " in " + first + " and " + bundle.getKey() + (english ? " (en)" : ""));
                        }
                    }
                }
            }
        }
        assertThat(twice).isEmpty();
    }

    /** Module name to file, zh-CN ({@code x.properties}) or English ({@code x_en.properties}). */
    private static Map<String, Path> bundles(boolean english) throws IOException {
        Map<String, Path> out = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(I18N)) {
            files.filter(p -> p.getFileName().toString().endsWith(".properties")).sorted().forEach(p -> {
                String name = p.getFileName().toString().replace(".properties", "");
                if (english && name.endsWith("_en")) {
                    out.put(name.substring(0, name.length() - 3), p);
                } else if (!english && !name.contains("_")) {
                    out.put(name, p);
                }
            });
        }
        return out;
    }

    private static Set<String> keys(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return new TreeSet<>(p.stringPropertyNames());
    }
}
