package org.gongkai.integrity.clean;

import org.gongkai.integrity.RemovalKind;
import org.gongkai.integrity.SpamLexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes gambling keyword stuffing using context, so that legitimate words stay: a brand with its suffix
 * (6688体育) always goes; a run of spam terms joined only by spaces, separators, digits or Latin letters goes
 * when it holds a brand, or a strong term and at least one more term, or four or more terms of three kinds. A
 * line dominated by such runs goes whole. A lone 体育, 在线 or 注册 in a sentence stays.
 */
public final class SpamStuffing implements CleaningStep {

    private static final Pattern GLUE = Pattern.compile("[\\s|/、,，·_\\-:：!！~～+＋A-Za-z0-9.。]{0,8}");
    private static final double DOMINATED = 0.35;

    private final SpamLexicon lexicon;

    public SpamStuffing(SpamLexicon lexicon) {
        this.lexicon = lexicon;
    }

    private record Token(int start, int end, boolean brand, boolean strong) {
    }

    private record Run(int start, int end, int tokens, long distinct, boolean brand, int strong) {
        boolean spam() {
            return brand || (strong >= 1 && tokens >= 2) || (tokens >= 4 && distinct >= 3);
        }
    }

    @Override
    public List<String> apply(List<String> lines, RemovalLog log) {
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            String cleaned = clean(line, log);
            if (cleaned != null) {
                out.add(cleaned);
            }
        }
        return out;
    }

    /** The line without stuffing, or null when the whole line was spam. */
    String clean(String line, RemovalLog log) {
        if (line.isBlank()) {
            return line;
        }
        List<Token> tokens = tokens(line);
        if (tokens.isEmpty()) {
            return line;
        }
        List<Run> runs = runs(line, tokens);
        int spamChars = 0;
        boolean anyStrongOrBrand = false;
        for (Run r : runs) {
            if (r.spam()) {
                spamChars += r.end() - r.start();
                anyStrongOrBrand = true;
            }
        }
        int visible = line.replaceAll("\\s", "").length();
        if (anyStrongOrBrand && tokens.size() >= 2 && (double) spamChars / Math.max(1, visible) >= DOMINATED) {
            log.record(RemovalKind.SPAM_LINE, line.strip());
            return null;
        }
        StringBuilder b = new StringBuilder(line);
        for (int i = runs.size() - 1; i >= 0; i--) {
            Run r = runs.get(i);
            if (r.spam()) {
                log.record(RemovalKind.SPAM_TOKEN, line.substring(r.start(), r.end()));
                b.delete(r.start(), r.end());
            }
        }
        return b.toString();
    }

    private List<Token> tokens(String line) {
        List<Token> tokens = new ArrayList<>();
        Matcher brand = lexicon.brandPattern().matcher(line);
        while (brand.find()) {
            tokens.add(new Token(brand.start(), brand.end(), true, true));
        }
        Matcher term = lexicon.termPattern().matcher(line);
        while (term.find()) {
            int s = term.start();
            int e = term.end();
            boolean overlaps = tokens.stream().anyMatch(t -> t.brand() && s < t.end() && e > t.start());
            if (!overlaps) {
                tokens.add(new Token(s, e, false, lexicon.isStrong(term.group())));
            }
        }
        tokens.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return tokens;
    }

    private static List<Run> runs(String line, List<Token> tokens) {
        List<Run> runs = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int j = i;
            while (j + 1 < tokens.size() && GLUE.matcher(line.substring(tokens.get(j).end(), tokens.get(j + 1).start())).matches()) {
                j++;
            }
            List<Token> run = tokens.subList(i, j + 1);
            long distinct = run.stream().map(t -> line.substring(t.start(), t.end()).toLowerCase()).distinct().count();
            runs.add(new Run(run.get(0).start(), run.get(run.size() - 1).end(), run.size(), distinct,
                    run.stream().anyMatch(Token::brand), (int) run.stream().filter(Token::strong).count()));
            i = j + 1;
        }
        return runs;
    }
}
