package org.gongkai.opendata;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The text of an uploaded CSV: UTF-8 (with or without a byte-order mark) when the bytes are valid UTF-8, else GBK
 * (read as GB18030, its superset, so no character of a GBK file is lost) when they are valid there. Anything else is
 * refused rather than guessed: a wrong guess would publish mojibake.
 */
final class TextDecoding {

    static final Charset GB18030 = Charset.forName("GB18030");

    record Decoded(String text, String encoding) {
    }

    private TextDecoding() {
    }

    static Decoded decode(byte[] bytes) {
        int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            throw new UploadRefused(Problem.of("od.check.encoding.utf16"));
        }
        Optional<String> utf8 = strict(bytes, skip, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return new Decoded(utf8.get(), "UTF-8");
        }
        Optional<String> gbk = strict(bytes, 0, GB18030);
        if (gbk.isPresent() && !gbk.get().contains("\u0000")) {
            return new Decoded(gbk.get(), "GBK");
        }
        throw new UploadRefused(Problem.of("od.check.encoding"));
    }

    private static Optional<String> strict(byte[] bytes, int offset, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return Optional.of(chars.toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
