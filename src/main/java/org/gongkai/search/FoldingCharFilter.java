package org.gongkai.search;

import org.apache.lucene.analysis.CharFilter;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

/** Feeds the analyser folded text ({@link TextFolding}); offsets need no correction since folding keeps length. */
final class FoldingCharFilter extends CharFilter {

    private final String folded;
    private int pos;

    FoldingCharFilter(Reader in) {
        super(in);
        this.folded = TextFolding.fold(readAll(in));
    }

    private static String readAll(Reader in) {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        try {
            int n;
            while ((n = in.read(buf)) > 0) {
                sb.append(buf, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }

    @Override
    protected int correct(int currentOff) {
        return currentOff;
    }

    @Override
    public int read(char[] cbuf, int off, int len) {
        if (pos >= folded.length()) {
            return -1;
        }
        int n = Math.min(len, folded.length() - pos);
        folded.getChars(pos, pos + n, cbuf, off);
        pos += n;
        return n;
    }
}
