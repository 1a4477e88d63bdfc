package org.gongkai.integrity.clean;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a saved page: a byte-order mark wins; for HTML the declared {@code <meta charset>} comes next; otherwise
 * strict UTF-8 is tried and GB18030 (a superset of GBK and GB2312) is the fallback. GB2312 and GBK declarations
 * are read as GB18030, since pages that declare them often use characters beyond them. Line ends become
 * {@code \n} and the text is NFC-normalised (so a tone mark typed as a combining character matches).
 */
public final class PageDecoder {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_SNIFF = Pattern.compile(
            "<(!doctype\\s+html|html|head|body|meta|div|p|table|title|h[1-6]|span|br)[\\s/>]", Pattern.CASE_INSENSITIVE);

    public DecodedPage decode(byte[] bytes, String fileName) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        boolean html = looksLikeHtml(head, fileName);
        Charset charset = bom(bytes);
        int skip = 0;
        if (charset != null) {
            skip = charset == StandardCharsets.UTF_8 ? 3 : 2;
        } else if (html) {
            charset = declared(head);
            if (charset != null && charset.name().equals("GB18030") && strictUtf8(bytes) != null) {
                // saved pages are often re-encoded as UTF-8 with the old declaration left in place; GBK text is
                // almost never valid UTF-8, so valid UTF-8 wins
                charset = null;
            }
        }
        String text;
        if (charset != null) {
            text = new String(bytes, skip, bytes.length - skip, charset);
        } else {
            String utf8 = strictUtf8(bytes);
            if (utf8 != null) {
                charset = StandardCharsets.UTF_8;
                text = utf8;
            } else {
                charset = GB18030;
                text = new String(bytes, GB18030);
            }
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u2028', '\n').replace('\u2029', '\n');
        text = Normalizer.normalize(text, Normalizer.Form.NFC);
        return new DecodedPage(text, charset.name(), html);
    }

    static boolean looksLikeHtml(String head, String fileName) {
        if (fileName != null) {
            String f = fileName.toLowerCase(Locale.ROOT);
            if (f.endsWith(".html") || f.endsWith(".htm") || f.endsWith(".xhtml") || f.endsWith(".shtml")) {
                return true;
            }
            if (f.endsWith(".txt")) {
                return false;
            }
        }
        return HTML_SNIFF.matcher(head).find();
    }

    private static Charset bom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static Charset declared(String head) {
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        if (name.equals("gb2312") || name.equals("gbk") || name.equals("gb18030") || name.equals("x-gbk")
                || name.equals("cp936") || name.equals("windows-936")) {
            return GB18030;
        }
        try {
            return Charset.forName(name);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
