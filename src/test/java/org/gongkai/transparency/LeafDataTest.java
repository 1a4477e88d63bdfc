package org.gongkai.transparency;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LeafDataTest {

    static final String SHA_A = "a".repeat(64);

    @Test
    void encodingIsTheDocumentedLayoutAndRoundTrips() {
        byte[] content = new byte[32];
        content[31] = 7;
        LeafData leaf = new LeafData(1, LeafKind.PUBLISHED, 5, 9, "ab", 1000, content);
        String hex = HexFormat.of().formatHex(leaf.encode());
        assertThat(hex).isEqualTo("01" + "01" + "0000000000000005" + "0000000000000009" + "0002" + "6162"
                + "00000000000003e8" + "01" + "00".repeat(31) + "07");
        assertThat(LeafData.decode(leaf.encode())).isEqualTo(leaf);
        LeafData removed = new LeafData(LeafKind.REMOVED, 5, 9, null, 1000, null);
        assertThat(LeafData.decode(removed.encode())).isEqualTo(removed);
        assertThat(removed.encode()).hasSize(29);
        // new leaves say their content hash is of format 2; old ones still decode as version 1
        LeafData current = new LeafData(LeafKind.PUBLISHED, 5, 9, "ab", 1000, content);
        assertThat(current.version()).isEqualTo(2);
        assertThat(HexFormat.of().formatHex(current.encode())).startsWith("0201");
        assertThat(LeafData.decode(leaf.encode()).version()).isEqualTo(1);
        assertThat(LeafData.decode(current.encode())).isEqualTo(current);
    }

    @Test
    void decodingRefusesAnythingElse() {
        byte[] good = new LeafData(LeafKind.WITHDRAWN, 1, 2, "x", 3, null).encode();
        byte[] trailing = java.util.Arrays.copyOf(good, good.length + 1);
        assertThatThrownBy(() -> LeafData.decode(trailing)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LeafData.decode(java.util.Arrays.copyOf(good, good.length - 1)))
                .isInstanceOf(IllegalArgumentException.class);
        byte[] version = good.clone();
        version[0] = 3;
        assertThatThrownBy(() -> LeafData.decode(version)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LeafData(LeafKind.REMOVED, 1, 2, "x", 3, new byte[32]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void formatTwoCoversKindRepealDateReplacementSummaryAndAttachmentNames() {
        CanonicalEdition e = new CanonicalEdition(2, "T1/2026-00002", "关于废止的通知", "县教〔2026〕2号", "县教育局",
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2), "教育", "RESULT", "REPEALED", "废止", "正文",
                List.of(SHA_A), "NORMATIVE", LocalDate.of(2026, 12, 31), "42", " 概述 ", List.of(" 附件1.pdf "));
        assertThat(e.toJson()).isEqualTo("{\"format\":\"gongkai-edition/2\",\"indexNumber\":\"T1/2026-00002\","
                + "\"title\":\"关于废止的通知\",\"documentNumber\":\"县教〔2026〕2号\",\"issuer\":\"县教育局\","
                + "\"writtenDate\":\"2026-03-01\",\"publishDate\":\"2026-03-02\",\"theme\":\"教育\","
                + "\"opennessClass\":\"RESULT\",\"validity\":\"REPEALED\",\"kind\":\"NORMATIVE\","
                + "\"repealedOn\":\"2026-12-31\",\"replacedBy\":\"42\",\"keywords\":\"废止\",\"summary\":\"概述\","
                + "\"body\":\"正文\",\"attachments\":[\"" + SHA_A + "\"],\"attachmentNames\":[\"附件1.pdf\"]}");
        assertThat(CanonicalEdition.fromJson(e.toJson())).isEqualTo(e);
        // the same data in format 1 hashes only format 1's members, so old leaves stay verifiable
        CanonicalEdition v1 = new CanonicalEdition(1, "T1/2026-00002", "关于废止的通知", "县教〔2026〕2号", "县教育局",
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2), "教育", "RESULT", "REPEALED", "废止", "正文",
                List.of(SHA_A), "NORMATIVE", LocalDate.of(2026, 12, 31), "42", "概述", List.of("附件1.pdf"));
        assertThat(v1.toJson()).startsWith("{\"format\":\"gongkai-edition/1\"").doesNotContain("NORMATIVE")
                .doesNotContain("2026-12-31");
        assertThat(CanonicalEdition.fromJson(v1.toJson())).isEqualTo(v1);
        assertThat(v1.sha256Hex()).isNotEqualTo(e.sha256Hex());
        // a changed kind or repeal date changes the hash
        CanonicalEdition otherKind = new CanonicalEdition(2, "T1/2026-00002", "关于废止的通知", "县教〔2026〕2号", "县教育局",
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2), "教育", "RESULT", "REPEALED", "废止", "正文",
                List.of(SHA_A), "OTHER", LocalDate.of(2026, 12, 31), "42", "概述", List.of("附件1.pdf"));
        assertThat(otherKind.sha256Hex()).isNotEqualTo(e.sha256Hex());
        assertThatThrownBy(() -> CanonicalEdition.fromJson("{\"format\":\"gongkai-edition/3\"}"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void canonicalEditionIsOneFixedLineOfJson() throws Exception {
        CanonicalEdition e = new CanonicalEdition(" T1/2026-00001 ", "关于\"公开\"的通知", "", "县教育局",
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2), "教育", "RESULT", "VALID", null,
                "第一段\\。\r\n\n  第二段\t\n", List.of(SHA_A.toUpperCase()));
        String json = e.toJson();
        assertThat(json).isEqualTo("{\"format\":\"gongkai-edition/1\",\"indexNumber\":\"T1/2026-00001\","
                + "\"title\":\"关于\\\"公开\\\"的通知\",\"documentNumber\":null,\"issuer\":\"县教育局\","
                + "\"writtenDate\":\"2026-03-01\",\"publishDate\":\"2026-03-02\",\"theme\":\"教育\","
                + "\"opennessClass\":\"RESULT\",\"validity\":\"VALID\",\"keywords\":null,"
                + "\"body\":\"第一段\\\\。\\n第二段\",\"attachments\":[\"" + SHA_A + "\"]}");
        assertThat(e.sha256()).isEqualTo(MessageDigest.getInstance("SHA-256")
                .digest(json.getBytes(StandardCharsets.UTF_8)));
        // any JSON spelling of the same members gives the same form
        String pretty = """
                { "attachments": [ "%s" ], "body": "第一段\\\\。\\n第二段", "title": "关于\\"公开\\"的通知",
                  "indexNumber": "T1/2026-00001", "issuer": "县教育局", "writtenDate": "2026-03-01",
                  "publishDate": "2026-03-02", "theme": "教育", "opennessClass": "RESULT", "validity": "VALID" }
                """.formatted(SHA_A);
        assertThat(CanonicalEdition.fromJson(pretty).toJson()).isEqualTo(json);
        assertThat(CanonicalEdition.fromJson(json)).isEqualTo(e);
    }
}
