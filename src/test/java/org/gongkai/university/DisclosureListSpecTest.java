package org.gongkai.university;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The shipped list says only what docs/spec says (ADR 0051): each category's name and each item's name and number as
 * the spec gives them ("/" written "、"), the items the spec calls less certain marked so; an operator's file with
 * the notice's own wording is used instead when named, and a broken one stops the start naming its line.
 */
class DisclosureListSpecTest {

    @TempDir Path dir;

    record SpecItem(int no, String category, String name) {
    }

    static List<SpecItem> specItems() throws Exception {
        String spec = Files.readString(Path.of("docs/spec/30-catalog-and-sites.md"), StandardCharsets.UTF_8);
        String section = spec.substring(spec.indexOf("## 高等学校信息公开事项清单"));
        List<SpecItem> out = new ArrayList<>();
        for (String line : section.split("\n")) {
            if (!line.startsWith("- ")) {
                continue;
            }
            String category = line.substring(2, line.indexOf(':'));
            Matcher m = Pattern.compile("(\\d+) ([^·]+)").matcher(line.substring(line.indexOf(':') + 1));
            while (m.find()) {
                out.add(new SpecItem(Integer.parseInt(m.group(1)), category, m.group(2).strip().replace('/', '、')));
            }
        }
        return out;
    }

    @Test
    void everyCategoryAndItemOfTheShippedListIsTheSpecs() throws Exception {
        List<SpecItem> spec = specItems();
        assertThat(spec).hasSize(50);
        DisclosureList list = new DisclosureListFile().disclosureList("");
        for (SpecItem s : spec) {
            DisclosureList.Item item = list.item(s.no()).orElseThrow();
            assertThat(item.name()).as("item %d", s.no()).isEqualTo(s.name());
            assertThat(list.categories().stream().filter(c -> c.no() == item.categoryNo()).findFirst().orElseThrow().name())
                    .as("category of item %d", s.no()).isEqualTo(s.category());
            // the spec: "items 49–50 are less certain"
            assertThat(item.certain()).as("item %d", s.no()).isEqualTo(s.no() < 49);
        }
    }

    @Test
    void anOperatorsFileIsUsedInsteadAndABrokenOneIsRefusedByLine() throws Exception {
        Path good = dir.resolve("list.tsv");
        Files.writeString(good, "category\t1\t基本信息\tBasic\nitem\t1\t1\t通知原文的表述\tCHANGE\tSPEC\n", StandardCharsets.UTF_8);
        assertThat(new DisclosureListFile().disclosureList(good.toString()).item(1).orElseThrow().name())
                .isEqualTo("通知原文的表述");
        Path bad = dir.resolve("bad.tsv");
        Files.writeString(bad, "category\t1\t基本信息\tBasic\nitem\t1\t2\t规模\tCHANGE\tSPEC\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new DisclosureListFile().disclosureList(bad.toString()))
                .hasMessageContaining(bad.toString()).hasMessageContaining("line 2");
        assertThatThrownBy(() -> new DisclosureListFile().disclosureList(dir.resolve("absent.tsv").toString()))
                .hasMessageContaining("absent.tsv");
    }
}
