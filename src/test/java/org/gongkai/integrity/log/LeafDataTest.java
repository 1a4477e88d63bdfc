package org.gongkai.integrity.log;

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
        LeafData leaf = new LeafData(LeafKind.PUBLISHED, 5, 9, "ab", 1000, content);
        String hex = HexFormat.of().formatHex(leaf.encode());
        assertThat(hex).isEqualTo("01" + "01" + "0000000000000005" + "0000000000000009" + "0002" + "6162"
                + "00000000000003e8" + "01" + "00".repeat(31) + "07");
        assertThat(LeafData.decode(leaf.encode())).isEqualTo(leaf);
        LeafData removed = new LeafData(LeafKind.REMOVED, 5, 9, null, 1000, null);
        assertThat(LeafData.decode(removed.encode())).isEqualTo(removed);
        assertThat(removed.encode()).hasSize(29);
    }

    @Test
    void decodingRefusesAnythingElse() {
        byte[] good = new LeafData(LeafKind.WITHDRAWN, 1, 2, "x", 3, null).encode();
        byte[] trailing = java.util.Arrays.copyOf(good, good.length + 1);
        assertThatThrownBy(() -> LeafData.decode(trailing)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LeafData.decode(java.util.Arrays.copyOf(good, good.length - 1)))
                .isInstanceOf(IllegalArgumentException.class);
        byte[] version = good.clone();
        version[0] = 2;
        assertThatThrownBy(() -> LeafData.decode(version)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LeafData(LeafKind.REMOVED, 1, 2, "x", 3, new byte[32]))
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
