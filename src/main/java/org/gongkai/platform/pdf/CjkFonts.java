package org.gongkai.platform.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The Chinese font embedded (subsetted) in every PDF. The build brings Noto Serif SC (SIL Open Font License, licence
 * beside the font in {@code fonts/}), so a fresh machine with only Java makes PDFs with Simplified Chinese glyph
 * forms. GONGKAI_PDF_FONT overrides it (a .ttf/.otf, or a .ttc with ",index"); a configured font that does not exist
 * gives no font, so callers say so instead of silently falling back.
 */
@Component
public class CjkFonts {

    static final String BUNDLED = "fonts/NotoSerifSC-Regular.ttf";

    private final String configured;
    private volatile byte[] bundled;

    public CjkFonts(@Value("${gongkai.pdf.font:}") String configured) {
        this.configured = configured == null ? "" : configured.strip();
    }

    /** Where the font comes from: the configured path, or the bundled font's resource name. */
    public Optional<String> font() {
        if (!configured.isEmpty()) {
            return exists(configured) ? Optional.of(configured) : Optional.empty();
        }
        return Optional.of("classpath:" + BUNDLED);
    }

    /** The font ready for OpenPDF (Identity-H, embedded), if one is available. */
    public Optional<BaseFont> baseFont() {
        if (font().isEmpty()) {
            return Optional.empty();
        }
        try {
            if (!configured.isEmpty()) {
                return Optional.of(BaseFont.createFont(configured, BaseFont.IDENTITY_H, BaseFont.EMBEDDED));
            }
            // cached by OpenPDF under this name: the 15 MB font is parsed once per JVM
            return Optional.of(BaseFont.createFont("NotoSerifSC-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                    true, bundledBytes(), null));
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("the PDF font " + font().orElseThrow() + " could not be read", e);
        }
    }

    private byte[] bundledBytes() {
        byte[] bytes = bundled;
        if (bytes == null) {
            try (InputStream in = new ClassPathResource(BUNDLED).getInputStream()) {
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("the bundled PDF font " + BUNDLED + " is missing from the build", e);
            }
            bundled = bytes;
        }
        return bytes;
    }

    private static boolean exists(String spec) {
        int comma = spec.lastIndexOf(',');
        String file = comma > 0 && spec.substring(comma + 1).chars().allMatch(Character::isDigit) ? spec.substring(0, comma) : spec;
        return Files.isRegularFile(Path.of(file));
    }
}
