package org.gongkai.transparency;

import org.gongkai.document.AttachmentInfo;
import org.gongkai.document.AttachmentKind;
import org.gongkai.document.DocumentContent;
import org.gongkai.document.DocumentField;
import org.gongkai.document.DocumentFields;
import org.gongkai.document.DocumentKind;
import org.gongkai.document.PublishedDocument;
import org.gongkai.document.Validity;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * ADR 0021: reading the canonical members from the field registry left the signed bytes as they were. The expected
 * lines and hashes below were produced by {@code CanonicalEdition.of} before the registry (commit 989bbad) for this
 * fixed edition; old leaves' content hashes and the proofs over them stay valid only while these hold.
 */
class CanonicalFormIsStableTest {

    static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    static final PublishedDocument EDITION = new PublishedDocument(7L, 2L, "T1/2026-00005", 11L, 1, false, null,
            Instant.parse("2026-03-01T02:00:00Z"), DocumentContent.builder().catalogNodeId(5L)
            .title(" 关于做好2026年招生工作的\"通知\" ").documentNumber("县教〔2026〕5号").issuer("县教育局")
            .writtenDate(LocalDate.of(2026, 2, 27)).theme("教育").opennessClass("RESULT").keywords("招生 通知")
            .validity(Validity.REPEALED).replacedByDocumentId(42L).kind(DocumentKind.NORMATIVE)
            .repealedOn(LocalDate.of(2026, 12, 31)).summary("概述").bodyHtml("<p>第一段。</p><p>第二段。</p>").build(),
            "第一段。\n\n  第二段。\t", List.of(new AttachmentInfo(3L, 7L, SHA, " 附件1.pdf", "application/pdf",
            AttachmentKind.PDF, 1024L, Instant.parse("2026-02-28T00:00:00Z"))));

    static final String FORMAT_2 = "{\"format\":\"gongkai-edition/2\",\"indexNumber\":\"T1/2026-00005\","
            + "\"title\":\"关于做好2026年招生工作的\\\"通知\\\"\",\"documentNumber\":\"县教〔2026〕5号\","
            + "\"issuer\":\"县教育局\",\"writtenDate\":\"2026-02-27\",\"publishDate\":\"2026-03-01\",\"theme\":\"教育\","
            + "\"opennessClass\":\"RESULT\",\"validity\":\"REPEALED\",\"kind\":\"NORMATIVE\","
            + "\"repealedOn\":\"2026-12-31\",\"replacedBy\":\"42\",\"keywords\":\"招生 通知\",\"summary\":\"概述\","
            + "\"body\":\"第一段。\\n第二段。\",\"attachments\":[\"" + SHA + "\"],\"attachmentNames\":[\"附件1.pdf\"]}";

    static final String FORMAT_1 = "{\"format\":\"gongkai-edition/1\",\"indexNumber\":\"T1/2026-00005\","
            + "\"title\":\"关于做好2026年招生工作的\\\"通知\\\"\",\"documentNumber\":\"县教〔2026〕5号\","
            + "\"issuer\":\"县教育局\",\"writtenDate\":\"2026-02-27\",\"publishDate\":\"2026-03-01\",\"theme\":\"教育\","
            + "\"opennessClass\":\"RESULT\",\"validity\":\"REPEALED\",\"keywords\":\"招生 通知\","
            + "\"body\":\"第一段。\\n第二段。\",\"attachments\":[\"" + SHA + "\"]}";

    @Test
    void formatTwoBytesAndHashAreAsBeforeTheRegistry() {
        CanonicalEdition e = CanonicalEdition.of(EDITION, 2);
        assertThat(e.toJson()).isEqualTo(FORMAT_2);
        assertThat(e.sha256Hex()).isEqualTo("8a8d5369e7bb164a0002be58d5f663cc2f263da43a51d23c157181139f50aedb");
        assertThat(CanonicalEdition.fromJson(FORMAT_2)).isEqualTo(e);
    }

    @Test
    void formatOneBytesAndHashAreAsBeforeTheRegistry() {
        CanonicalEdition e = CanonicalEdition.of(EDITION, 1);
        assertThat(e.toJson()).isEqualTo(FORMAT_1);
        assertThat(e.sha256Hex()).isEqualTo("5a5e5b7073365e41d0b7ecb6afba91e7a116d2705a3e5c0e9799127166b5d3ad");
        assertThat(CanonicalEdition.fromJson(FORMAT_1)).isEqualTo(e);
    }

    @Test
    void aFieldNewlySignedComesWithANewFormat() {
        int newest = DocumentFields.all().stream().mapToInt(DocumentField::canonicalSince).max().orElseThrow();
        assertThat(CanonicalEdition.CURRENT_VERSION).as("the current format is the newest a field is signed in")
                .isEqualTo(newest);
        assertThatThrownBy(() -> CanonicalEdition.fromJson("{\"format\":\"gongkai-edition/" + (newest + 1) + "\"}"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theApiRecordReadsBackToTheSameEdition() throws Exception {
        CanonicalEdition e = CanonicalEdition.of(EDITION);
        String api = tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(e);
        assertThat(api).contains("\"version\":2", "\"title\":", "\"attachmentNames\":[");
        assertThat(CanonicalEdition.fromJson(api)).isEqualTo(e);
    }
}
