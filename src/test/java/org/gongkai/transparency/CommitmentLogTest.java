package org.gongkai.transparency;

import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * ADR 0045: commitments (kind 4) are appended beside document leaves without touching them — a tree head signed
 * before a commitment still verifies, consistency from it to the new head holds, and the audit passes over both kinds.
 */
@IntegrationTest
class CommitmentLogTest {

    @Autowired CommitmentLog commitments;
    @Autowired LeafStore leaves;
    @Autowired TreeHeadSigner signer;
    @Autowired LogAuditor auditor;

    @Test
    void aCommitmentIsALeafOfItsOwnKindAndEarlierHeadsStayVerifiable() {
        TreeHead before = signer.signIfGrown();
        CommitmentLog.Logged c = commitments.append("test/commitment-1", "gongkai-commitment/1\nsubject: test\n");
        StoredLeaf stored = leaves.at(c.leafIndex()).orElseThrow();
        LeafData data = stored.decoded();
        assertThat(data.kind()).isEqualTo(LeafKind.COMMITMENT);
        assertThat(data.documentId()).isZero();
        assertThat(data.indexNumber()).isEqualTo("test/commitment-1");
        assertThat(data.contentHashHex()).isEqualTo(c.statementSha256())
                .isEqualTo(HexFormat.of().formatHex(CommitmentLog.sha256("gongkai-commitment/1\nsubject: test\n")));
        assertThat(LeafData.decode(data.encode())).isEqualTo(data);
        assertThat(commitments.find("test/commitment-1")).contains(c);
        assertThatThrownBy(() -> commitments.append("test/commitment-1", "x")).isInstanceOf(IllegalStateException.class);
        TreeHead after = signer.signIfGrown();
        assertThat(after.treeSize()).isGreaterThan(before == null ? 0 : before.treeSize());
        AuditResultHolder.check(auditor.audit(n -> { }));
    }

    @Test
    void aCommitmentLeafCarriesAHashAndOldKindsKeepTheirRule() {
        assertThatThrownBy(() -> new LeafData(LeafKind.COMMITMENT, 0, 1, "s", 1, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LeafData(LeafKind.WITHDRAWN, 1, 2, "x", 3, new byte[32]))
                .isInstanceOf(IllegalArgumentException.class);
        byte[] encoded = new LeafData(LeafKind.COMMITMENT, 0, 7, "svc-plan/1", 5, new byte[32]).encode();
        assertThat(encoded[1]).isEqualTo((byte) 4);
        assertThat(LeafData.decode(encoded).kind()).isEqualTo(LeafKind.COMMITMENT);
    }

    static final class AuditResultHolder {
        static void check(LogAuditor.Result r) {
            assertThat(r.intact()).as(String.valueOf(r)).isTrue();
        }
    }
}
