package org.gongkai.integrity.clean;

/** Bytes turned into text: the text, the charset used and whether it is HTML. */
public record DecodedPage(String text, String charset, boolean html) {
}
