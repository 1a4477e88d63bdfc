package org.gongkai.integrity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Tampered pages built from clean texts, one kind of spam at a time (issue 15): each page knows the junk it
 * carries, so a cleaning can be scored for residue (junk kept without a flag) and for the share of the original
 * text it kept. Used by {@code CleanImportCorpusTest} and by {@code bench/import-bench.sh}.
 */
public final class ImportCorpus {

    /** A tampered page: the clean original, the page as found, the junk it carries. */
    public record Page(String name, String kind, String original, byte[] bytes, String fileName, List<String> junk) {
    }

    static final String[] ORIGINALS = {"01-enrollment", "02-budget", "03-sports", "04-safety", "05-disclosure-guide"};
    static final String COVER = """
            关于印发《示范市中小学校课后服务管理办法》的通知
            示教〔2024〕9号
            各区（县）教育局，市直属各学校：
            现将《示范市中小学校课后服务管理办法》印发给你们，请结合实际认真贯彻执行。
            示范市教育局　　示范市财政局
            2024年3月5日
            示范市中小学校课后服务管理办法
            第一条　为规范中小学校课后服务工作，减轻家长负担，制定本办法。
            第二条　课后服务坚持学生自愿参加原则，不得强制或变相强制学生参加。
            第三条　课后服务收费标准由各区（县）按照成本补偿原则确定，每生每学期不超过800元。
            第四条　本办法自2024年4月1日起施行，详情见示范市教育局网站（www.shifan.gov.cn）。""";
    static final String[] HEADLINES = {"湖人绝杀勇士 詹姆斯砍下40分", "英超前瞻：曼联主场迎战利物浦", "西甲战报：皇马3-1逆转巴萨",
            "欧冠直播：拜仁客场挑战国米"};

    private ImportCorpus() {
    }

    public static Map<String, String> originals() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : ORIGINALS) {
            out.put(name, read("/integrity/originals/" + name + ".txt").strip());
        }
        out.put("06-cover-letter", COVER);
        return out;
    }

    public static List<Page> pages() {
        List<Page> out = new ArrayList<>();
        for (var e : originals().entrySet()) {
            String name = e.getKey();
            String o = e.getValue();
            String[] lines = o.split("\n");
            String issuer = issuer(lines);
            Random r = new Random(name.hashCode());
            // the page says where the official site is; the re-poster puts its own domain there
            String withSite = o.contains("gov.cn") ? o : insertAfter(o, 2, "详情请访问示范市教育局网站（www.shifan.gov.cn）查询。");
            out.add(text(name, "domain", withSite, withSite.replace("www.shifan.gov.cn", "www.6688ty.com"), "6688ty.com"));
            out.add(text(name, "brand", o, o.replace(issuer, "星辉娱乐"), "星辉娱乐"));
            String moj = lines[Math.min(3, lines.length - 2)];
            String utf8AsGbk = new String(moj.getBytes(StandardCharsets.UTF_8), Charset.forName("GB18030"));
            out.add(text(name, "mojibake-utf8-as-gbk", o, o.replace(moj, utf8AsGbk), utf8AsGbk.substring(0, 6)));
            String latin = new String(moj.getBytes(Charset.forName("GBK")), StandardCharsets.ISO_8859_1);
            out.add(text(name, "mojibake-gbk-as-latin1", o, o.replace(moj, latin), latin.substring(0, 6)));
            out.add(text(name, "headlines", o, insertAfter(o, 3, String.join("\n", HEADLINES)), HEADLINES));
            out.add(text(name, "page-chrome", o, "• 听全文\n【字体：大 中 小】\n发布机构：" + issuer + "\n" + o
                    + "\n发布机构：" + issuer + "\n【字体：大 中 小】", "听全文", "字体", "发布机构："));
            out.add(text(name, "porn-header", o, "成人视频 黄色网站 裸聊 约炮 一夜情 av在线\n" + o, "成人视频", "裸聊", "约炮"));
            out.add(text(name, "gambling-stuffing", o, Tamper.spam(o, r), "6688体育", "百家乐", "老虎机"));
            out.add(text(name, "emoji+pinyin", o, Tamper.emoji(Tamper.pinyin(o, r), r), "(", "（"));
            out.add(new Page(name, "html-frame", o, Tamper.html(o).getBytes(StandardCharsets.UTF_8), "page.html",
                    List.of("首页", "当前位置", "版权所有", "澳门葡京", "vip888")));
            out.add(text(name, "clean", o, o));
            // a government page that shows the issued document's name as its heading, above the whole notice
            String heading = o.contains("《") ? o.substring(o.indexOf('《') + 1, o.indexOf('》')) : lines[0];
            out.add(text(name, "page-heading", o, heading + "\n" + o));
        }
        return out;
    }

    private static Page text(String name, String kind, String original, String tampered, String... junk) {
        return new Page(name, kind, original, tampered.getBytes(StandardCharsets.UTF_8), "page.txt", List.of(junk));
    }

    private static String issuer(String[] lines) {
        for (int i = lines.length - 1; i >= 0; i--) {
            String s = lines[i].strip();
            if (s.length() <= 30 && (s.endsWith("局") || s.endsWith("厅") || s.endsWith("政府") || s.contains("教育局"))) {
                return s.split("[\\s　]+")[0];
            }
        }
        return lines[lines.length - 2].strip();
    }

    private static String insertAfter(String text, int line, String insert) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n")));
        lines.add(Math.min(line, lines.size()), insert);
        return String.join("\n", lines);
    }

    static String read(String resource) {
        try (InputStream in = ImportCorpus.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** What a cleaning gave: the text and the texts it flagged for the editor. */
    public record Cleaned(String text, List<String> flagged) {
    }

    /** The two numbers of a run. */
    public record Score(int pages, int clean, double kept, List<String> residues) {
        public double noResidueShare() {
            return pages == 0 ? 0 : (double) clean / pages;
        }
    }

    /** Scores a cleaner over the corpus. */
    public static Score score(java.util.function.Function<Page, Cleaned> cleaner) {
        int clean = 0;
        double keptSum = 0;
        List<String> residues = new ArrayList<>();
        List<Page> pages = pages();
        for (Page p : pages) {
            Cleaned c = cleaner.apply(p);
            String out = fold(c.text());
            List<String> left = new ArrayList<>();
            for (String j : p.junk()) {
                String fj = fold(j);
                boolean flagged = c.flagged().stream().anyMatch(f -> fold(f).contains(fj) || fj.contains(fold(f)) && !f.isBlank());
                if (!fj.isEmpty() && out.contains(fj) && !flagged && !fold(p.original()).contains(fj)) {
                    left.add(j);
                }
            }
            if (left.isEmpty()) {
                clean++;
            } else {
                residues.add(p.name() + "/" + p.kind() + ": " + left);
            }
            keptSum += kept(p, out);
        }
        return new Score(pages.size(), clean, keptSum / pages.size(), residues);
    }

    /** Share of the original's characters, among paragraphs the tampering left intact, found in the output. */
    static double kept(Page p, String foldedOut) {
        String page = fold(new String(p.bytes(), StandardCharsets.UTF_8));
        long total = 0;
        long kept = 0;
        for (String line : p.original().split("\n")) {
            String f = fold(line);
            if (f.isEmpty() || !page.contains(f)) {
                continue;
            }
            total += f.length();
            if (foldedOut.contains(f)) {
                kept += f.length();
            }
        }
        return total == 0 ? 1 : (double) kept / total;
    }

    /** Compared in the mirror check's fidelity form, without its brackets' and quotes' spelling. */
    static String fold(String s) {
        return org.gongkai.integrity.mirror.FidelityText.normalise(s).replaceAll("[\\[\\]()（）\"'，,。.：:；;]", "");
    }
}
