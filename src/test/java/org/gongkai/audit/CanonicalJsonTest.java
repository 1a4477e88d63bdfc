package org.gongkai.audit;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CanonicalJsonTest {

    @Test
    void sortsKeysAtEveryLevelAndWritesNoWhiteSpace() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("z", 1);
        inner.put("a", List.of(true, "x"));
        Map<String, Object> outer = new LinkedHashMap<>();
        outer.put("b", inner);
        outer.put("a", null);
        assertThat(CanonicalJson.of(outer)).isEqualTo("{\"a\":null,\"b\":{\"a\":[true,\"x\"],\"z\":1}}");
    }

    @Test
    void numbersArePlainDecimalsWhateverTheirJavaType() {
        Map<String, Object> m = Map.of("d", 100.0, "e", 1e20, "f", 0.1, "g", new BigDecimal("1.50"), "n", -0.0);
        assertThat(CanonicalJson.of(m)).isEqualTo("{\"d\":100,\"e\":100000000000000000000,\"f\":0.1,\"g\":1.5,\"n\":0}");
        assertThat(CanonicalJson.of(Map.of("x", Double.NaN))).isEqualTo("{\"x\":\"NaN\"}");
    }

    @Test
    void reCanonicalisingDatabaseStyleTextGivesTheSameText() {
        String canonical = CanonicalJson.of(Map.of("title", "政务\"公开\"\n\t\\", "n", 1e-7, "list", List.of(1, 2.5)));
        // jsonb orders keys by length, adds spaces and writes numbers its own way
        String asJsonb = "{\"n\": 0.0000001, \"list\": [1, 2.5], \"title\": \"政务\\\"公开\\\"\\n\\t\\\\\"}";
        assertThat(CanonicalJson.ofText(asJsonb)).isEqualTo(canonical);
    }

    @Test
    void nullAndEmptyStayDistinct() {
        assertThat(CanonicalJson.of(null)).isNull();
        assertThat(CanonicalJson.of(Map.of())).isEqualTo("{}");
    }

    @Test
    void controlCharactersAreEscapedAndNulReplaced() {
        assertThat(CanonicalJson.of(Map.of("s", "a\u0001b\u0000"))).isEqualTo("{\"s\":\"a\\u0001b\uFFFD\"}");
    }
}
