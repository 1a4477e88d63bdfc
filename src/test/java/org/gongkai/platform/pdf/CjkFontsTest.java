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
        assertThat(new CjkFonts(dir.resolve("missing.ttf").toString()).font()).isEmpty();
        Path ttc = Files.writeString(dir.resolve("font.ttc"), "x");
        assertThat(new CjkFonts(ttc + ",1").font()).contains(ttc + ",1");
        assertThat(new CjkFonts(ttc.toString()).font()).contains(ttc.toString());
    }
}
