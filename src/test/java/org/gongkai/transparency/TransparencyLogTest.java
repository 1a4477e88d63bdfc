package org.gongkai.transparency;

import org.gongkai.document.CreateDocument;
import org.gongkai.document.DocumentContent;
import org.gongkai.document.PublicChange;
import org.gongkai.document.PublishEdition;
import org.gongkai.document.PublishedDocument;
import org.gongkai.document.PublishedDocuments;
import org.gongkai.document.ReviewEdition;
import org.gongkai.document.SubmitForReview;
import org.gongkai.document.WithdrawOrRemove;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import picocli.CommandLine;

import javax.sql.DataSource;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

@IntegrationTest
class TransparencyLogTest {

    @Autowired Fixtures fixtures;
    @Autowired CreateDocument create;
    @Autowired SubmitForReview submit;
    @Autowired ReviewEdition review;
    @Autowired PublishEdition publish;
    @Autowired WithdrawOrRemove withdrawOrRemove;
    @Autowired PublishedDocuments published;
    @Autowired LogAppender appender;
    @Autowired LeafStore leaves;
    @Autowired TreeHeadSigner signer;
    @Autowired SigningKey key;
    @Autowired TransparencyBadge badge;
    @Autowired TransparencyAuditCommand audit;
    @Autowired TransparencyVerifyCommand verify;
    @Autowired JdbcClient jdbc;
    @Autowired org.gongkai.platform.DatabaseOwner owner;
    @Autowired DataSource dataSource;
    @Autowired MockMvc mvc;

    long org;
    StaffUser editor;
    StaffUser reviewer;
    StaffUser publisher;

    @BeforeEach
    void staff() {
        org = fixtures.organisation("透明县教育局");
        editor = fixtures.staff(org, Role.EDITOR);
        reviewer = fixtures.staff(org, Role.REVIEWER);
        publisher = fixtures.staff(org, Role.PUBLISHER);
    }

    DocumentContent sample(String title) {
        return DocumentContent.builder().title(title).documentNumber("透教〔2026〕7号").issuer("透明县教育局")
                .writtenDate(LocalDate.of(2026, 4, 1)).theme("教育").opennessClass("RESULT").keywords("透明 日志")
                .summary("概述").bodyHtml("<p>" + title + "正文。</p><p>第二段。</p>").build();
    }

    /** Publishes through the real workflow; the listener appends asynchronously, so tests append directly too. */
    PublishedDocument publishDocument(String title) {
        long id = create.create(editor, org, sample(title));
        submit.submit(editor, id);
        review.approve(reviewer, id, "同意");
        publish.publishNow(publisher, id);
        return published.find(id).orElseThrow();
    }

    StoredLeaf appendPublished(PublishedDocument d) {
        return appender.append(new PublicChange(PublicChange.Kind.PUBLISHED, d.documentId(), d.editionId(), org));
    }

    String body(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void publishingAppendsOneLeafWithTheEditionsCanonicalHash() {
        PublishedDocument d = publishDocument("关于透明日志试点的通知");
        StoredLeaf leaf = appendPublished(d);
        LeafData data = leaf.decoded();
        assertThat(data.kind()).isEqualTo(LeafKind.PUBLISHED);
        assertThat(data.documentId()).isEqualTo(d.documentId());
        assertThat(data.editionId()).isEqualTo(d.editionId());
        assertThat(data.indexNumber()).isEqualTo(d.indexNumber());
        assertThat(data.contentHash()).isEqualTo(CanonicalEdition.of(d).sha256());
        assertThat(leaf.leafHash()).isEqualTo(MerkleHash.leaf(leaf.leafData()));

        // re-delivery appends nothing
        StoredLeaf again = appendPublished(d);
        assertThat(again.index()).isEqualTo(leaf.index());
        assertThat(jdbc.sql("select count(*) from log_leaf where edition_id = ?").param(d.editionId())
                .query(Long.class).single()).isEqualTo(1L);

        assertThat(badge.forDocument(d.documentId())).get().satisfies(b -> {
            assertThat(b.leafHash()).isEqualTo(Hex.of(leaf.leafHash()));
            assertThat(b.verifyUrl()).isEqualTo("/transparency/verify?document=" + d.documentId());
        });
    }

    @Test
    void withdrawalAndRemovalAppendTheirLeavesAndTheRemovedLeafKeepsOnlyHashes() {
        PublishedDocument d = publishDocument("将被撤回再删除的文件");
        StoredLeaf first = appendPublished(d);
        withdrawOrRemove.withdraw(publisher, d.documentId(), "内容调整");
        StoredLeaf withdrawn = appender.append(new PublicChange(PublicChange.Kind.WITHDRAWN, d.documentId(), d.editionId(), org));
        withdrawOrRemove.remove(publisher, d.documentId(), "依法删除");
        StoredLeaf removed = appender.append(new PublicChange(PublicChange.Kind.REMOVED, d.documentId(), d.editionId(), org));
        assertThat(published.find(d.documentId())).isEmpty();

        assertThat(withdrawn.index()).isGreaterThan(first.index());
        assertThat(removed.index()).isGreaterThan(withdrawn.index());
        assertThat(withdrawn.decoded().kind()).isEqualTo(LeafKind.WITHDRAWN);
        assertThat(removed.decoded().kind()).isEqualTo(LeafKind.REMOVED);
        assertThat(removed.decoded().indexNumber()).isEqualTo(d.indexNumber()); // from the earlier leaf
        assertThat(removed.decoded().contentHash()).isNull();
        // the published leaf stays, with its hash
        assertThat(leaves.at(first.index())).get().extracting(l -> l.decoded().contentHash())
                .isEqualTo(CanonicalEdition.of(d).sha256());
        assertThat(badge.forDocument(d.documentId())).isEmpty();
        assertThat(appender.append(new PublicChange(PublicChange.Kind.REMOVED, d.documentId(), d.editionId(), org))
                .index()).isEqualTo(removed.index());
    }

    @Test
    void theEventPathAppendsAfterCommitFromTheOutbox() throws Exception {
        long id = create.create(editor, org, sample("经由事件记录的文件"));
        submit.submit(editor, id);
        review.approve(reviewer, id, "同意");
        long editionId;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("select pg_advisory_lock(" + LeafStore.APPEND_LOCK + ")"); // hold the appender back
            publish.publishNow(publisher, id);
            editionId = published.find(id).orElseThrow().editionId();
            assertThat(pending(editionId)).as("event kept in the outbox until the listener succeeds").isEqualTo(1);
            assertThat(leaves.find(editionId, LeafKind.PUBLISHED)).isEmpty();
            s.execute("select pg_advisory_unlock(" + LeafStore.APPEND_LOCK + ")");
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (pending(editionId) > 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait(); // each round trip to the database is the wait; no sleep
        }
        assertThat(pending(editionId)).as("publication completed (and deleted from the outbox)").isZero();
        assertThat(leaves.find(editionId, LeafKind.PUBLISHED)).get()
                .extracting(l -> l.decoded().contentHash())
                .isEqualTo(CanonicalEdition.of(published.find(id).orElseThrow()).sha256());
    }

    private long pending(long editionId) {
        return jdbc.sql("""
                select count(*) from event_publication where completion_date is null
                   and listener_id like '%TransparencyListener%' and serialized_event like ?""")
                .param("%\"editionId\":" + editionId + "%").query(Long.class).single();
    }

    @Test
    void anEditionAlteredInTheDatabaseIsCaughtByTheAudit() {
        PublishedDocument d = publishDocument("审计将发现被篡改的文件");
        StoredLeaf leaf = appendPublished(d);
        signer.signIfGrown();
        assertThat(runAudit()).startsWith("0:").contains("intact");

        long revision = jdbc.sql("select revision_id from edition where id = ?").param(d.editionId())
                .query(Long.class).single();
        String original = jdbc.sql("select body_text from revision where id = ?").param(revision)
                .query(String.class).single();
        tamper(revision, original + "\n悄悄加上的一句。");
        try {
            String out = runAudit();
            assertThat(out).startsWith("1:").contains("MISMATCH at " + leaf.index())
                    .contains("edition " + d.editionId());
        } finally {
            tamper(revision, original);
        }
        assertThat(runAudit()).startsWith("0:");
    }

    private void tamper(long revision, String bodyText) {
        JdbcClient jdbc = owner.jdbc(); // only the tables' owner can switch a trigger off
        jdbc.sql("alter table revision disable trigger revision_immutable").update();
        try {
            jdbc.sql("update revision set body_text = ? where id = ?").params(bodyText, revision).update();
        } finally {
            jdbc.sql("alter table revision enable trigger revision_immutable").update();
        }
    }

    private String runAudit() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        audit.printTo(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        int code = audit.call();
        return code + ":" + bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void treeHeadSignatureVerifiesWithThePublishedKeyAndFailsWhenAltered() throws Exception {
        appendPublished(publishDocument("签名树头测试文件"));
        String pem = body("/api/v1/public/transparency/public-key.pem");
        java.security.PublicKey publicKey = Ed25519.publicKey(pem);
        LogJson.Head head = OfflineVerifier.head(body("/api/v1/public/transparency/head"));
        TreeHead h = head.toTreeHead();
        assertThat(h.treeSize()).isGreaterThanOrEqualTo(1);
        assertThat(Ed25519.verify(publicKey, h)).isTrue();
        assertThat(h.rootHash()).isEqualTo(new MerkleTree(leaves, h.treeSize()).root());
        byte[] root = h.rootHash();
        root[5] ^= 0x20;
        assertThat(Ed25519.verify(publicKey, new TreeHead(h.treeSize(), h.timestampMillis(), root, h.signature()))).isFalse();
        assertThat(Ed25519.verify(publicKey, new TreeHead(h.treeSize() + 1, h.timestampMillis(), h.rootHash(), h.signature()))).isFalse();
        assertThat(Ed25519.verify(publicKey, new TreeHead(h.treeSize(), h.timestampMillis() + 1, h.rootHash(), h.signature()))).isFalse();
        assertThat(Files.isRegularFile(Path.of("target/test-data/keys/transparency-ed25519.key"))).isTrue();
        assertThat(Files.getPosixFilePermissions(Path.of("target/test-data/keys/transparency-ed25519.key")))
                .containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void publicApiProofsVerifyAndBadSizesAreRefused() throws Exception {
        PublishedDocument d = publishDocument("接口证明测试文件");
        StoredLeaf leaf = appendPublished(d);
        LogJson.Inclusion inc = OfflineVerifier.inclusionProof(
                body("/api/v1/public/transparency/proof/inclusion?edition=" + d.editionId()));
        assertThat(inc.leafIndex()).isEqualTo(leaf.index());
        assertThat(ProofVerifier.inclusion(inc.leafIndex(), inc.treeSize(), leaf.leafHash(),
                Hex.parse(inc.auditPath()), Hex.parse(inc.treeHead().rootHash()))).isTrue();
        long size = leaves.size();
        LogJson.Consistency cons = OfflineVerifier.consistencyProof(
                body("/api/v1/public/transparency/proof/consistency?first=1&second=" + size));
        assertThat(ProofVerifier.consistency(1, size, Hex.parse(cons.firstRootHash()), Hex.parse(cons.secondRootHash()),
                Hex.parse(cons.proof()))).isTrue();
        assertThat(body("/api/v1/public/transparency/leaves/" + leaf.index())).contains(Hex.of(leaf.leafData()));

        mvc.perform(get("/api/v1/public/transparency/proof/inclusion?leaf=" + leaf.index() + "&treeSize=0"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/public/transparency/proof/inclusion?leaf=" + leaf.index() + "&treeSize=" + (size + 10)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/public/transparency/proof/inclusion?leaf=" + leaf.index() + "&treeSize=" + leaf.index()))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/public/transparency/proof/consistency?first=" + (size + 1) + "&second=" + size))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/public/transparency/proof/consistency?first=0&second=" + size))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/public/transparency/proof/consistency?first=abc&second=" + size))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/public/transparency/proof/inclusion?edition=999999999"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/public/transparency/editions/999999999")).andExpect(status().isNotFound());
    }

    @Test
    void pagesExplainTheLogAndVerifyADocument() throws Exception {
        PublishedDocument d = publishDocument("核验页面测试文件");
        appendPublished(d);
        mvc.perform(get("/transparency")).andExpect(status().isOk())
                .andExpect(content().string(containsString("RFC 9162")));
        mvc.perform(get("/transparency?lang=en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Transparency log")));
        String page = body("/transparency/verify?document=" + d.documentId());
        assertThat(page).contains("核验通过").contains(Hex.of(CanonicalEdition.of(d).sha256()));
        mvc.perform(get("/transparency/verify?document=999999999")).andExpect(status().isNotFound());
    }

    @Test
    void commandLineVerifierChecksSavedHeadsAndEditions(@TempDir Path dir) throws Exception {
        PublishedDocument d = publishDocument("命令行核验测试文件");
        StoredLeaf leaf = appendPublished(d);
        Path key = write(dir, "key.pem", body("/api/v1/public/transparency/public-key.pem"));
        Path older = write(dir, "old.json", body("/api/v1/public/transparency/head"));
        LogJson.Head oldHead = OfflineVerifier.head(Files.readString(older));
        appendPublished(publishDocument("之后发布的文件"));
        Path newer = write(dir, "new.json", body("/api/v1/public/transparency/head"));
        LogJson.Head newHead = OfflineVerifier.head(Files.readString(newer));
        assertThat(newHead.treeSize()).isGreaterThan(oldHead.treeSize());
        Path proof = write(dir, "cons.json", body("/api/v1/public/transparency/proof/consistency?first="
                + oldHead.treeSize() + "&second=" + newHead.treeSize()));

        assertThat(run("consistency", "--old", older, "--new", newer, "--proof", proof, "--public-key", key))
                .startsWith("0:").contains("VERIFIED");
        String forged = Files.readString(newer).replace(newHead.rootHash(), Hex.of(new byte[32]));
        Path forgedHead = write(dir, "forged.json", forged);
        assertThat(run("consistency", "--old", older, "--new", forgedHead, "--proof", proof, "--public-key", key))
                .startsWith("1:").contains("NOT VERIFIED");

        Path edition = write(dir, "edition.json", body("/api/v1/public/transparency/editions/" + d.editionId()));
        Path inclusion = write(dir, "inc.json", body("/api/v1/public/transparency/proof/inclusion?leaf="
                + leaf.index() + "&treeSize=" + newHead.treeSize()));
        assertThat(run("inclusion", "--edition", edition, "--proof", inclusion, "--head", newer, "--public-key", key))
                .startsWith("0:").contains("VERIFIED");
        Path altered = write(dir, "altered.json", Files.readString(edition).replace("第二段。", "第二段（改）。"));
        assertThat(Files.readString(altered)).isNotEqualTo(Files.readString(edition));
        assertThat(run("inclusion", "--edition", altered, "--proof", inclusion, "--head", newer, "--public-key", key))
                .startsWith("1:").contains("FAIL");
    }

    private static Path write(Path dir, String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    private String run(Object... args) {
        StringWriter sw = new StringWriter();
        CommandLine cmd = new CommandLine(verify);
        cmd.setOut(new PrintWriter(sw));
        String[] strings = java.util.Arrays.stream(args).map(String::valueOf).toArray(String[]::new);
        int code = cmd.execute(strings);
        return code + ":" + sw;
    }
}
