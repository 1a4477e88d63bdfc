package org.gongkai.platform.pdf;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where a PDF finds a Chinese font to embed. A fresh machine with only Java has none, so the font is configured
 * (GONGKAI_PDF_FONT, a .ttf/.otf or a .ttc with ",index") or found where Debian's fonts-noto-cjk puts it; when there is
 * none, callers say so instead of producing a PDF with missing characters.
 */
@Component
public class CjkFonts {

    static final List<String> KNOWN = List.of(
            "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc,0",
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,0",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0");

    private final String configured;

    public CjkFonts(@Value("${gongkai.pdf.font:}") String configured) {
        this.configured = configured;
    }

    /** The font as OpenPDF names it (a path, with ",index" inside a collection), if one is available. */
    public Optional<String> font() {
        if (configured != null && !configured.isBlank()) {
            return exists(configured.strip()) ? Optional.of(configured.strip()) : Optional.empty();
        }
        return KNOWN.stream().filter(CjkFonts::exists).findFirst();
    }

    private static boolean exists(String spec) {
        int comma = spec.lastIndexOf(',');
        String file = comma > 0 && spec.substring(comma + 1).chars().allMatch(Character::isDigit) ? spec.substring(0, comma) : spec;
        return Files.isRegularFile(Path.of(file));
    }
}
