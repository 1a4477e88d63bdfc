package org.gongkai.demo;

import org.gongkai.review.NegativeTerm;
import org.gongkai.review.Screener;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures screening throughput on a large deterministic set of Chinese documents with personal data sprinkled in,
 * next to a baseline of one trivial regex pass over the same text. Run from bench/screening.sh or as the
 * {@code screening-bench} command.
 */
public final class ScreeningBenchmark {

    private static final String[] SENTENCES = {
        "为深入贯彻落实党中央、国务院关于全面推进政务公开工作的决策部署，进一步提升教育系统政务公开工作水平，",
        "各级教育行政部门要按照“谁制定、谁解读”的原则，做好政策解读工作，",
        "现将2023年度义务教育阶段招生入学工作有关事项通知如下。",
        "坚持以公开为常态、不公开为例外，推进决策、执行、管理、服务、结果公开。",
        "根据《教育部办公厅关于全面推进政务公开工作的实施意见》（教办厅〔2017〕3号），",
        "本年度部门预算收入总额为1,234,567.89万元，支出总额为1,234,567.89万元。",
        "索引号：000013338/2023-00079，发布日期：2023年04月17日。",
        "学校应当建立健全信息公开审查机制，依法不予公开的除外。",
        "各区县教育局要加强对学校收费行为的监督检查，切实减轻家庭负担。",
        "请各单位于9月30日前将工作总结报送至市教育局办公室。",
        "全面落实学生资助政策，确保每一位家庭经济困难学生都能顺利完成学业。",
        "高等学校应当公开招生章程、招生计划、录取结果以及咨询与申诉渠道。",
    };
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平";
    private static final String[] REGIONS = {"110105", "310104", "440106", "320102", "510107", "420111"};

    private ScreeningBenchmark() {
    }

    public static void main(String[] args) {
        int mb = 50;
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--mb")) {
                mb = Integer.parseInt(args[i + 1]);
            }
        }
        run(mb, System.out);
    }

    /** Generates about {@code megabytes} MB (UTF-8) of documents, screens them and prints the figures. */
    public static void run(int megabytes, PrintStream out) {
        List<String> documents = documents(megabytes * 1_000_000L, new Random(20170410L));
        long bytes = documents.stream().mapToLong(d -> d.getBytes(StandardCharsets.UTF_8).length).sum();
        long chars = documents.stream().mapToLong(String::length).sum();
        out.printf("documents: %d, %.1f MB UTF-8, %,d chars%n", documents.size(), bytes / 1e6, chars);
        List<NegativeTerm> terms = List.of(NegativeTerm.parse("高考试题", "bench"), NegativeTerm.parse("/考生.{0,4}成绩/", "bench"));

        warmUp(documents, terms);
        long baselineMatches = 0;
        long t0 = System.nanoTime();
        Pattern trivial = Pattern.compile("1[3-9][0-9]{9}");
        for (String d : documents) {
            Matcher m = trivial.matcher(d);
            while (m.find()) {
                baselineMatches++;
            }
        }
        long t1 = System.nanoTime();
        long findings = 0;
        for (String d : documents) {
            findings += Screener.screen(d, terms).size();
        }
        long t2 = System.nanoTime();
        double baseline = bytes / 1e6 / ((t1 - t0) / 1e9);
        double screening = bytes / 1e6 / ((t2 - t1) / 1e9);
        out.printf("%-34s %10s %12s %10s%n", "pass", "seconds", "MB/s", "matches");
        out.printf("%-34s %10.2f %12.1f %10d%n", "baseline (one regex 1[3-9]\\d{9})", (t1 - t0) / 1e9, baseline, baselineMatches);
        out.printf("%-34s %10.2f %12.1f %10d%n", "screening (all detectors)", (t2 - t1) / 1e9, screening, findings);
        out.printf("screening throughput: %.1f MB/s (%.1fx the baseline's time)%n", screening, baseline / screening);
    }

    private static void warmUp(List<String> documents, List<NegativeTerm> terms) {
        int n = Math.min(documents.size(), 200);
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < n; i++) {
                Screener.screen(documents.get(i), terms);
            }
        }
    }

    static List<String> documents(long targetBytes, Random r) {
        List<String> docs = new ArrayList<>();
        long bytes = 0;
        while (bytes < targetBytes) {
            String d = document(r);
            docs.add(d);
            bytes += d.getBytes(StandardCharsets.UTF_8).length;
        }
        return docs;
    }

    private static String document(Random r) {
        StringBuilder b = new StringBuilder(24_000);
        if (r.nextInt(50) == 0) {
            b.append("秘密★1年\n");
        }
        b.append("关于做好").append(2015 + r.nextInt(10)).append("年教育工作的通知\n");
        int target = 4_000 + r.nextInt(8_000);
        while (b.length() < target) {
            int roll = r.nextInt(100);
            if (roll < 3) {
                b.append("\n序号 姓名 身份证号 联系电话\n");
                for (int i = 1; i <= 5; i++) {
                    b.append(i).append(' ').append(name(r)).append(' ').append(id(r)).append(' ').append(mobile(r)).append('\n');
                }
            } else if (roll < 6) {
                b.append("联系人：").append(name(r)).append("，电话：010-6").append(digits(r, 7)).append("，手机").append(mobile(r)).append("。");
            } else if (roll < 8) {
                b.append("订单号：2023").append(digits(r, 14)).append("，邮箱xxgk").append(r.nextInt(100)).append("@example.edu.cn。");
            } else {
                b.append(SENTENCES[r.nextInt(SENTENCES.length)]);
            }
            if (r.nextInt(8) == 0) {
                b.append('\n');
            }
        }
        return b.toString();
    }

    private static String name(Random r) {
        return "" + SURNAMES.charAt(r.nextInt(SURNAMES.length())) + GIVEN.charAt(r.nextInt(GIVEN.length()));
    }

    private static String id(Random r) {
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(r.nextInt(15_000));
        String first17 = REGIONS[r.nextInt(REGIONS.length)] + "%04d%02d%02d%03d".formatted(birth.getYear(),
                birth.getMonthValue(), birth.getDayOfMonth(), r.nextInt(1000));
        return first17 + checkDigit(first17);
    }

    /** GB 11643's ISO 7064 MOD 11-2 check digit, so that the generated numbers are valid resident IDs. */
    private static char checkDigit(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return "10X98765432".charAt(sum % 11);
    }

    private static String mobile(Random r) {
        return "1" + "3456789".charAt(r.nextInt(7)) + digits(r, 9);
    }

    private static String digits(Random r, int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append(r.nextInt(10));
        }
        return b.toString();
    }
}
