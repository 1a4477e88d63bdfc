package org.gongkai.application;

import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.platform.GongkaiProperties;
import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An applicant's file is on disk when its row commits, and a submission that fails leaves neither. */
@IntegrationTest
class ApplicationFilesDurabilityTest {

    @Autowired Fixtures fixtures;
    @Autowired OrganisationDirectory organisations;
    @Autowired ReceiveApplication receive;
    @Autowired ApplicationStore store;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired GongkaiProperties properties;

    private Path root() {
        return properties.dataDir().toAbsolutePath().resolve("application-files");
    }

    private Set<Path> files() throws IOException {
        if (!Files.isDirectory(root())) {
            return Set.of();
        }
        try (Stream<Path> s = Files.list(root())) {
            return s.collect(Collectors.toSet());
        }
    }

    private ApplicantFiles.Upload png() {
        return new ApplicantFiles.Upload("证件.png", "image/png", PublicApplicationTest.PNG);
    }

    @Test
    void aCommittedRowPointsToACompleteOwnerOnlyFile() throws IOException {
        Organisation org = organisations.get(fixtures.organisation("文件机关"));
        ReceiveApplication.Receipt r = receive.online(org, ApplicationSamples.parts("存档人", "文件测试"), List.of(png()));
        StoredFile stored = store.files(r.id()).get(0);
        Path file = root().resolve(stored.storedName());
        assertThat(file).hasBinaryContent(PublicApplicationTest.PNG);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(files()).noneMatch(p -> p.getFileName().toString().endsWith(".part"));
    }

    @Test
    void aSubmissionThatFailsAfterWritingItsFileLeavesNoRowAndNoFile() throws IOException {
        Organisation org = organisations.get(fixtures.organisation("文件机关"));
        Set<Path> before = files();
        long rows = jdbc.sql("select count(*) from application_file").query(Long.class).single();
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            receive.online(org, ApplicationSamples.parts("失败人", "文件测试"), List.of(png(), png()));
            throw new IllegalStateException("the database went away before the commit");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(jdbc.sql("select count(*) from application_file").query(Long.class).single()).isEqualTo(rows);
        assertThat(files()).isEqualTo(before);
    }
}
