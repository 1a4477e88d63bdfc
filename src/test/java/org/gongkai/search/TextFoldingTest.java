package org.gongkai.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextFoldingTest {

    @Test
    void aCharacterFoldsTheSameWayWhateverItsNeighbours() {
        // opencc4j's phrase conversion left 於 as it was inside 「開關於世」 but made it 于 in 「開關於」
        String document = TextFolding.fold("工作開關於世成");
        String query = TextFolding.fold("開關於");
        assertThat(document).contains(query);
        assertThat(query).isEqualTo("开关于");
    }

    @Test
    void keepsTheLengthSoOffsetsStillPointIntoTheOriginal() {
        String original = "關於做好２０２６年學校錄取工作的意見（試行）　附件";
        String folded = TextFolding.fold(original);
        assertThat(folded).hasSameSizeAs(original).isEqualTo("关于做好2026年学校录取工作的意见(试行) 附件");
    }

    @Test
    void leavesSimplifiedTextAndOtherScriptsAlone() {
        String text = "义务教育学校学区划分方案 School 𠀀 ぁ";
        assertThat(TextFolding.fold(text)).isEqualTo(text);
        assertThat(TextFolding.fold(null)).isEmpty();
    }
}
