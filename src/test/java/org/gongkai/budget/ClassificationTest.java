package org.gongkai.budget;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The code lists as data files: the shipped ones load, say what is unverified, and a broken line is named. */
class ClassificationTest {

    @Test
    void theShippedListsLoadAndMarkWhatIsUnverified() {
        assertThat(Classification.functional().name("2050202")).contains("小学教育");
        assertThat(Classification.economic().name("30101")).contains("基本工资");
        assertThat(Classification.economic().name("301")).contains("工资福利支出");
        assertThat(Classification.economic().name("3010101")).isEmpty();
        assertThat(Classification.economic().unverified()).isPositive().isLessThan(Classification.economic().size());
        assertThat(FunctionalClassification.name("2080505")).contains("机关事业单位基本养老保险缴费支出");
    }

    @Test
    void aBrokenLineIsNamed() {
        assertThatThrownBy(() -> parse("# comment\n301\t工资福利支出\tchecked\n30101\t基本工资\n"))
                .hasMessageContaining("line 3");
        assertThatThrownBy(() -> parse("301\t工资福利支出\tchecked\n301\t又一个\tunverified\n"))
                .hasMessageContaining("line 2").hasMessageContaining("duplicate");
        assertThatThrownBy(() -> parse("30A\t名称\tchecked\n")).hasMessageContaining("line 1");
        assertThatThrownBy(() -> parse("301\t名称\tmaybe\n")).hasMessageContaining("line 1");
    }

    private static Classification parse(String text) throws Exception {
        return Classification.parse("test.tsv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
