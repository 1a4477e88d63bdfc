package org.gongkai.services;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The guide completeness check: each missing element named, free services need no fee basis, materials' files. */
class GuideCompletenessTest {

    static ServiceGuide guide(String basis, String fees, String feeBasis, String onlineUrl) {
        return new ServiceGuide(1, 1, 1, "JY-001", 1, "教师资格认定", basis, "具有中国国籍", "受理—审查—决定",
                "20 个工作日", fees, feeBasis, "县政务服务中心 3 号窗口，工作日 9:00–17:00", onlineUrl,
                "0791-1234567", "0791-12345", null, false, Instant.EPOCH, null, 0);
    }

    static GuideMaterial material(String name, boolean template) {
        return new GuideMaterial(1, 1, 1, name, true, "原件 1 份", template ? "guides/aa/x" : null,
                template ? "表.pdf" : null, template ? "application/pdf" : null, null, null, null);
    }

    @Test
    void aCompleteGuideHasNothingMissing() {
        GuideCompleteness.Missing m = GuideCompleteness.check(guide("《教师资格条例》", "不收费", null, "https://zwfw.example.cn/1"),
                List.of(material("申请表", true)));
        assertThat(m.complete()).isTrue();
        assertThat(m.count()).isZero();
    }

    @Test
    void eachMissingElementIsListedInOrder() {
        GuideCompleteness.Missing m = GuideCompleteness.check(guide(null, "每件 10 元", " ", null),
                List.of(material("申请表", true), material("身份证", false)));
        assertThat(m.elements()).containsExactly("basis", "feeBasis", "onlineUrl");
        assertThat(m.materialsWithoutTemplate()).containsExactly("身份证");
        assertThat(GuideCompleteness.check(guide("依据", null, null, "https://x.cn"), List.of()).elements())
                .containsExactly("materials", "fees", "feeBasis");
    }
}
