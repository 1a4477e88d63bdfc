package org.gongkai.platform.pdf;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CjkFontsTest {

    @TempDir Path dir;

    @Test
    void aConfiguredFontIsUsedOnlyWhenItExists() throws Exception {
        CjkFonts missing = new CjkFonts(dir.resolve("missing.ttf").toString());
        assertThat(missing.font()).isEmpty();
        assertThat(missing.baseFont()).isEmpty();
        Path ttc = Files.writeString(dir.resolve("font.ttc"), "x");
        assertThat(new CjkFonts(ttc + ",1").font()).contains(ttc + ",1");
        assertThat(new CjkFonts(ttc.toString()).font()).contains(ttc.toString());
    }

    @Test
    void withoutConfigurationTheBundledSimplifiedChineseFaceIsUsed() {
        CjkFonts fonts = new CjkFonts("");
        assertThat(fonts.font()).contains("classpath:" + CjkFonts.BUNDLED);
        var base = fonts.baseFont().orElseThrow();
        // the Simplified Chinese face, not the Japanese one that index 0 of Debian's Noto CJK collection holds
        assertThat(base.getPostscriptFontName()).isEqualTo("NotoSerifSC-Regular");
        assertThat(base.charExists('直')).isTrue();
        assertThat(base.charExists('：')).isTrue();
        assertThat(getClass().getClassLoader().getResource("fonts/OFL.txt")).as("licence beside the font").isNotNull();
    }
}
