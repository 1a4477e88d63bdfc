package org.gongkai.operations;

import org.gongkai.GongkaiApplication;
import org.gongkai.document.AttachFile;
import org.gongkai.document.CreateDocument;
import org.gongkai.document.DocumentContent;
import org.gongkai.document.DocumentQueries;
import org.gongkai.document.PublishEdition;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.DatabaseOwner;
import org.gongkai.platform.GongkaiProperties;
import org.gongkai.platform.SharedDirectory;
import org.gongkai.platform.cli.GongkaiCommand;
import org.gongkai.document.ReviewEdition;
import org.gongkai.document.SubmitForReview;
import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12: a backup taken while staff keep writing, restored into a new data directory, starts with every document,
 * application, file and audit entry it held; the audit chain and the transparency log verify. The same data
 * directory without its signing key refuses to start.
 */
@IntegrationTest
class BackupRestoreTest {

    static final byte[] PDF = "%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

    @Autowired Fixtures fixtures;
    @Autowired CreateDocument create;
    @Autowired SubmitForReview submit;
    @Autowired ReviewEdition review;
    @Autowired PublishEdition publish;
    @Autowired AttachFile attach;
    @Autowired DocumentQueries queries;
    @Autowired OrganisationDirectory organisations;
    @Autowired MockMvc mvc;
    @Autowired BackupWriter writer;
    @Autowired JdbcClient jdbc;
    @Autowired List<GongkaiCommand> commands;
    @Autowired DatabaseOwner owner;

    @TempDir
    Path tmp;

    @Test
    void aBackupUnderConcurrentWritesRestoresIntoANewDataDirectoryWithEverything() throws Exception {
        long org = fixtures.organisation("备份县教育局");
        StaffUser editor = fixtures.staff(org, Role.EDITOR);
        StaffUser reviewer = fixtures.staff(org, Role.REVIEWER);
        StaffUser publisher = fixtures.staff(org, Role.PUBLISHER);
        List<Long> documents = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long id = create.create(editor, org, content("备份前发布的文件" + i));
            submit.submit(editor, id);
            review.approve(reviewer, id, "同意");
            publish.publishNow(publisher, id);
            documents.add(id);
        }
        long draft = create.create(editor, org, content("带附件的草稿"));
        attach.attach(editor, draft, queries.view(editor, draft).working().orElseThrow().lockVersion(), "报名表.pdf",
                new ByteArrayInputStream(PDF));
        documents.add(draft);
        String slug = organisations.get(org).slug();
        mvc.perform(multipart("/apply").file(new MockMultipartFile("files", "身份证.png", "image/png", PNG))
                        .param("org", slug).param("applicantType", "NATURAL_PERSON").param("name", "备份申请人")
                        .param("idType", "RESIDENT_ID").param("idNumber", "110105198001010024").param("phone", "010-12345678")
                        .param("email", "a@example.cn").param("description", "备份测试申请").param("delivery", "ELECTRONIC")
                        .with(csrf()).with(r -> {
                            r.setRemoteAddr("10.99.0.1");
                            return r;
                        }))
                .andExpect(status().isOk());
        long application = jdbc.sql("select max(id) from disclosure_application where organisation_id = ?").param(org)
                .query(Long.class).single();
        assertThat(command(commands, "transparency-sign").call()).isZero();
        long auditBefore = jdbc.sql("select max(id) from audit_entry").query(Long.class).single();

        // staff keep writing while the backup runs
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger written = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> writers = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            writers.add(pool.submit(() -> {
                while (!stop.get()) {
                    create.create(editor, org, content("备份期间的草稿" + written.incrementAndGet()));
                }
                return null;
            }));
        }
        BackupWriter.Written backup;
        try {
            while (written.get() < 2) {
                Thread.onSpinWait(); // the writers are under way before the backup starts
            }
            backup = writer.write(tmp.resolve("gongkai.zip"), BackupWriter.Progress.NONE);
        } finally {
            stop.set(true);
            for (Future<?> f : writers) {
                f.get();
            }
            pool.shutdown();
        }
        assertThat(written.get()).isGreaterThan(2);
        assertThat(Files.readString(BackupWriter.checksumFile(backup.file()))).startsWith(backup.sha256() + "  gongkai.zip");
        assertThat(BackupRestorer.sha256(backup.file())).isEqualTo(backup.sha256());

        Path restored = tmp.resolve("restored");
        try (ConfigurableApplicationContext ctx = start(restored)) {
            BackupRestorer.Restored r = ctx.getBean(BackupRestorer.class).restore(backup.file(), BackupWriter.Progress.NONE);
            assertThat(r.rows()).isEqualTo(backup.rows());
        }
        try (ConfigurableApplicationContext ctx = start(restored)) {
            JdbcClient db = ctx.getBean(DatabaseOwner.class).jdbc();
            for (long id : documents) {
                assertThat(db.sql("select count(*) from document where id = ?").param(id).query(Long.class).single())
                        .as("document " + id).isEqualTo(1);
            }
            assertThat(db.sql("select count(*) from disclosure_application where id = ?").param(application)
                    .query(Long.class).single()).isEqualTo(1);
            assertThat(db.sql("select count(*) from audit_entry where id <= ?").param(auditBefore).query(Long.class).single())
                    .isEqualTo(jdbc.sql("select count(*) from audit_entry where id <= ?").param(auditBefore)
                            .query(Long.class).single());
            assertThat(db.sql("select count(*) from tree_head").query(Long.class).single()).isPositive();
            // the portal's listing is not in the archive: the triggers on edition rebuilt it as the rows were loaded
            assertThat(db.sql("select count(*) from public_listing").query(Long.class).single())
                    .isEqualTo(db.sql("select count(*) from public_document where status = 'PUBLISHED'")
                            .query(Long.class).single())
                    .isPositive();
            for (String sha : db.sql("select sha256 from attachment").query(String.class).list()) {
                assertThat(restored.resolve("attachments").resolve(sha.substring(0, 2)).resolve(sha)).exists();
            }
            List<String> stored = db.sql("select stored_name from application_file").query(String.class).list();
            assertThat(stored).isNotEmpty();
            for (String name : stored) {
                assertThat(restored.resolve("application-files").resolve(name)).exists();
            }
            List<GongkaiCommand> restoredCommands = List.copyOf(ctx.getBeansOfType(GongkaiCommand.class).values());
            assertThat(command(restoredCommands, "audit-verify").call()).as("audit-verify").isZero();
            assertThat(command(restoredCommands, "transparency-audit").call()).as("transparency-audit").isZero();
        }

        // the same data without its signing key: refused, and no new key is made
        Files.delete(restored.resolve("keys/transparency-ed25519.key"));
        Files.delete(restored.resolve("keys/transparency-ed25519.pub"));
        assertThatThrownBy(() -> start(restored).close())
                .rootCause().hasMessageContaining("signing key is missing").hasMessageContaining("gongkai.jar restore");
        assertThat(restored.resolve("keys/transparency-ed25519.key")).doesNotExist();
    }

    @Test
    void aDamagedArchiveIsRefusedBeforeAnythingIsRestored() throws Exception {
        BackupWriter.Written backup = writer.write(tmp.resolve("damaged.zip"), BackupWriter.Progress.NONE);
        byte[] bytes = Files.readAllBytes(backup.file());
        bytes[bytes.length / 2] ^= 0x55;
        Files.write(backup.file(), bytes);
        assertThatThrownBy(() -> BackupRestorer.verifyChecksum(backup.file()))
                .hasMessageContaining("does not match its checksum");
    }

    @Test
    void aSharedDirectoryKeptElsewhereIsInTheBackupAndRestoredThere() throws Exception {
        GongkaiProperties props = new GongkaiProperties(tmp.resolve("data"), false, null, null);
        Files.createDirectories(tmp.resolve("data/exports"));
        Files.writeString(tmp.resolve("data/exports/list.csv"), "a,b");
        new SharedDirectory(props, tmp.resolve("shared").toString()).files("attachments")
                .put("ab/abcdef", out -> out.write(PNG));
        BackupWriter twoDirs = new BackupWriter(owner, props, new SharedDirectory(props, tmp.resolve("shared").toString()));
        BackupWriter.Written backup = twoDirs.write(tmp.resolve("two-dirs.zip"), BackupWriter.Progress.NONE);
        assertThat(backup.files()).isEqualTo(2);

        GongkaiProperties target = new GongkaiProperties(tmp.resolve("data2"), false, null, null);
        BackupRestorer restorer = new BackupRestorer(owner, target, new SharedDirectory(target, tmp.resolve("shared2").toString()));
        try (ZipFile zip = new ZipFile(backup.file().toFile())) {
            assertThat(BackupRestorer.fileEntries(zip)).extracting(ZipEntry::getName)
                    .containsExactlyInAnyOrder("files/exports/list.csv", "shared/attachments/ab/abcdef");
            restorer.extractFiles(zip, BackupRestorer.fileEntries(zip), BackupWriter.Progress.NONE);
        }
        assertThat(tmp.resolve("shared2/attachments/ab/abcdef")).hasBinaryContent(PNG);
        assertThat(tmp.resolve("data2/exports/list.csv")).hasContent("a,b");
    }

    @Test
    void anArchiveEntryThatWouldLeaveTheSharedDirectoryIsRefused() throws Exception {
        Path evil = tmp.resolve("evil.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(evil))) {
            out.putNextEntry(new ZipEntry("shared/../../outside.txt"));
            out.write(1);
            out.closeEntry();
        }
        GongkaiProperties target = new GongkaiProperties(tmp.resolve("data3"), false, null, null);
        BackupRestorer restorer = new BackupRestorer(owner, target, new SharedDirectory(target, tmp.resolve("shared3").toString()));
        try (ZipFile zip = new ZipFile(evil.toFile())) {
            assertThatThrownBy(() -> restorer.extractFiles(zip, BackupRestorer.fileEntries(zip), BackupWriter.Progress.NONE))
                    .hasMessageContaining("outside");
        }
        assertThat(tmp.resolve("outside.txt")).doesNotExist();
    }

    /** The application on another data directory, as an operator command starts it (embedded PostgreSQL). */
    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(GongkaiApplication.class).web(WebApplicationType.NONE).run(
                "--gongkai.data-dir=" + dataDir, "--gongkai.cli=true", "--gongkai.demo=false",
                "--gongkai.db.url=", "--gongkai.db.user=", "--gongkai.db.migration-user=",
                "--gongkai.backup.cron=-", "--spring.main.banner-mode=off", "--logging.level.root=warn");
    }

    private static GongkaiCommand command(List<GongkaiCommand> commands, String name) {
        return commands.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static DocumentContent content(String title) {
        return DocumentContent.builder().title(title).documentNumber("备教〔2026〕1号").issuer("备份县教育局")
                .writtenDate(LocalDate.of(2026, 3, 1)).theme("教育").opennessClass("RESULT").keywords("备份")
                .summary("概述").bodyHtml("<p>" + title + "正文。</p>").build();
    }
}
