package org.gongkai.calendar;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns an uploaded file into text. Only UTF-8 is accepted (a byte-order mark is dropped); a file that is not
 * UTF-8 is refused with a message that says what it probably is, since GBK files from Windows are common.
 */
final class UploadedText {

    static final String FIELD = "file";
    private static final Charset GB18030 = Charset.forName("GB18030");

    private UploadedText() {
    }

    /** The decoded text, or a problem. */
    record Decoded(String text, Problem problem) {
    }

    static Decoded decode(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            return new Decoded(null, Problem.of(FIELD, "calendar.load.encoding.utf16"));
        }
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return new Decoded(strict(StandardCharsets.UTF_8).decode(buffer).toString(), null);
        } catch (CharacterCodingException notUtf8) {
            boolean gbk = decodes(bytes, GB18030);
            return new Decoded(null, Problem.of(FIELD, gbk ? "calendar.load.encoding.gbk" : "calendar.load.encoding.unknown"));
        }
    }

    private static boolean decodes(byte[] bytes, Charset charset) {
        try {
            strict(charset).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static java.nio.charset.CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
