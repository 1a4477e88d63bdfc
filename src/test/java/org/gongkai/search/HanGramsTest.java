package org.gongkai.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HanGramsTest {

    @Test
    void gramsStayInsideARunOfChineseCharacters() {
        assertThat(ChineseAnalysis.trigrams("学区划分，规划x划分方案"))
                .containsExactly("学区划", "区划分", "划分方", "分方案");
        assertThat(ChineseAnalysis.quadgrams("学区划分方，规划x划分方案"))
                .containsExactly("学区划分", "区划分方", HanGrams.BREAK, "划分方案");
    }

    @Test
    void textIsFoldedFirstAndCharactersBeyondTheBasicPlaneCount() {
        assertThat(ChineseAnalysis.trigrams("學區劃")).containsExactly("学区划");
        assertThat(ChineseAnalysis.trigrams("𠀀学区")).containsExactly("𠀀学区");
        assertThat(HanGrams.hanLength("𠀀学区")).isEqualTo(3);
        assertThat(HanGrams.hanLength("学区a")).isZero();
    }

    @Test
    void aChunkIsThePhraseOfItsQuadgrams() {
        assertThat(HanGrams.quadgrams("集团化办学")).isEqualTo(List.of("集团化办", "团化办学"));
    }
}
