package org.gongkai.university;

import org.junit.jupiter.api.Test;

import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The list as data: the shipped file holds 10 categories and 50 items; a broken file is refused by line. */
class DisclosureListTest {

    @Test
    void theShippedFileHoldsTenCategoriesAndFiftyItemsInOrder() {
        DisclosureList list = new DisclosureListFile().disclosureList("");
        assertThat(list.categories()).hasSize(10);
        assertThat(list.size()).isEqualTo(50);
        assertThat(list.items()).extracting(DisclosureList.Item::no)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 50).boxed().toList());
        assertThat(list.categories()).extracting(c -> c.items().size()).containsExactly(6, 8, 7, 5, 9, 4, 3, 4, 2, 2);
        assertThat(list.item(6).orElseThrow().clock()).isEqualTo(ItemClock.ANNUAL_REPORT);
        assertThat(list.items().stream().filter(i -> i.clock() == ItemClock.ANNUAL_REPORT)).hasSize(1);
        assertThat(list.items().stream().filter(i -> !i.certain())).extracting(DisclosureList.Item::no)
                .containsExactly(49, 50);
        assertThat(list.item(19).orElseThrow().name()).isEqualTo("预算表");
        assertThat(list.categories().get(9).nameEn()).isEqualTo("Other");
    }

    @Test
    void aBrokenFileIsRefusedWithTheLineThatIsWrong() {
        assertThatThrownBy(() -> parse("category\t1\t基本信息\tBasic\nitem\t1\t2\t规模\tCHANGE\tSPEC\n"))
                .hasMessageContaining("line 2").hasMessageContaining("category 2");
        assertThatThrownBy(() -> parse("category\t1\t基本信息\tBasic\nitem\t1\t1\t规模\tCHANGE\tSPEC\nitem\t1\t1\t又一项\tCHANGE\tSPEC\n"))
                .hasMessageContaining("line 3").hasMessageContaining("duplicate item 1");
        assertThatThrownBy(() -> parse("category\t1\t基本信息\tBasic\nitem\t1\t1\t规模\tWEEKLY\tSPEC\n"))
                .hasMessageContaining("line 2").hasMessageContaining("clock");
        assertThatThrownBy(() -> parse("# comment\nthing\t1\n")).hasMessageContaining("line 2");
        assertThatThrownBy(() -> parse("category\t1\t基本信息\tBasic\nitem\t100\t1\t规模\tCHANGE\tSPEC\n"))
                .hasMessageContaining("line 2");
        assertThatThrownBy(() -> parse("category\t1\t基本信息\tBasic\n")).hasMessageContaining("no items");
        assertThat(parse("category\t1\t基本信息\tBasic\nitem\t3\t1\t规模\tCHANGE\tUNCERTAIN\n").items())
                .singleElement().satisfies(i -> assertThat(i.certain()).isFalse());
    }

    private static DisclosureList parse(String text) {
        return DisclosureList.parse(new StringReader(text));
    }
}
