package org.gongkai.review;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The hand-written half of the corpus: {@code review/corpus.tsv} (name, text with \n and \t escaped, expected…). */
final class HandWrittenCorpus {

    private HandWrittenCorpus() {
    }

    static List<CorpusCase> cases() {
        try (InputStream in = HandWrittenCorpus.class.getResourceAsStream("/review/corpus.tsv")) {
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<CorpusCase> cases = new ArrayList<>();
            for (String line : all.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                List<CorpusCase.Expected> expected = new ArrayList<>();
                for (int i = 2; i < cols.length; i++) {
                    int eq = cols[i].indexOf('=');
                    expected.add(CorpusCase.expect(FindingKind.valueOf(cols[i].substring(0, eq)), unescape(cols[i].substring(eq + 1))));
                }
                cases.add(new CorpusCase("tsv-" + cols[0], unescape(cols[1]), expected));
            }
            return cases;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(n == 'n' ? '\n' : n == 't' ? '\t' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
