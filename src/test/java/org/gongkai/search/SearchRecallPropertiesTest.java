package org.gongkai.search;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recall: any run of 2–8 Chinese characters taken from a document's title or body finds that document on the first
 * page, however the word segmenter cuts the document and the query. Documents are random Chinese text (common
 * characters and education words, so runs cross word boundaries), some of it written in Traditional characters.
 */
class SearchRecallPropertiesTest {

    private static final String WORDS = "学区划分方案义务教育学校招生入学集团化办学划片随迁子女课后服务校外培训双减"
            + "食品安全校园整改资助减免公示教师交流轮岗职称评审预算决算近视防控心理健康政務公開關於做好學校錄取工作的意見";
    private static final String COMMON = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动"
            + "同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当"
            + "使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严";

    @Property(tries = 12)
    void everyRunOfTwoToEightCharactersFindsItsDocumentOnTheFirstPage(@ForAll @IntRange(min = 0, max = 1_000_000) int seed)
            throws IOException {
        recallHolds(seed);
    }

    /** The corpus in which 「開關於」 was missed while folding depended on the neighbouring characters. */
    @Example
    void aTraditionalRunFoldedInContext() throws IOException {
        recallHolds(3075);
    }

    private static void recallHolds(int seed) throws IOException {
        Path dir = Files.createTempDirectory("gongkai-recall");
        try (LuceneSearchIndex index = new LuceneSearchIndex(dir)) {
            recallHolds(index, seed);
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Replaces the index's content with a random corpus and checks recall on it (every backend: the contract). */
    static void recallHolds(SearchIndex index, int seed) {
        Random r = new Random(seed);
        List<SearchDocument> docs = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            docs.add(new SearchDocument(i, i, text(r, 8 + r.nextInt(20)), null, 1, List.of(1L), "RESULT", null,
                    "VALID", LocalDate.of(2026, 1, 1).plusDays(i), text(r, 40 + r.nextInt(200)), ""));
        }
        index.rebuild(docs.iterator());
        for (SearchDocument d : docs) {
            for (String source : List.of(d.title(), d.body())) {
                for (int k = 0; k < 3; k++) {
                    String run = run(r, source);
                    List<Long> found = index.search(SearchQuery.of(run)).hits().stream()
                            .map(SearchHit::documentId).toList();
                    assertThat(found).as("「%s」 from document %d (seed %d)", run, d.documentId(), seed)
                            .contains(d.documentId());
                }
            }
        }
    }

    /** Random text: education words and common characters, now and then a comma. */
    static String text(Random r, int length) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < length) {
            if (r.nextInt(3) == 0) {
                int at = r.nextInt(WORDS.length() - 4);
                sb.append(WORDS, at, at + 2 + r.nextInt(3));
            } else {
                sb.append(COMMON.charAt(r.nextInt(COMMON.length())));
            }
            if (r.nextInt(25) == 0) {
                sb.append('，');
            }
        }
        return sb.toString();
    }

    /** A random run of 2–8 characters inside one comma-free stretch of the text. */
    static String run(Random r, String text) {
        String[] parts = text.split("，");
        String longest = Stream.of(parts).max(Comparator.comparingInt(String::length)).orElseThrow();
        String part;
        do {
            part = parts[r.nextInt(parts.length)];
        } while (part.length() < 2 && longest.length() >= 2);
        if (part.length() < 2) {
            part = longest;
        }
        int len = 2 + r.nextInt(Math.min(7, part.length() - 1));
        int from = r.nextInt(part.length() - len + 1);
        return part.substring(from, from + len);
    }
}
