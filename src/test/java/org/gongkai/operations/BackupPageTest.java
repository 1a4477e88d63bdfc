package org.gongkai.operations;

import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** /admin/operations/backups: the system administrator backs up from the page and sees the last success; nobody else. */
@IntegrationTest
class BackupPageTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired BackupService backups;

    @Test
    void theSystemAdministratorBacksUpNowAndSeesTheLastSuccess() throws Exception {
        long org = fixtures.organisation("运维县教育局");
        StaffUser admin = fixtures.staff(org, Role.SYSTEM_ADMIN);
        mvc.perform(get("/admin/operations/backups").with(fixtures.as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("备份与恢复")))
                .andExpect(content().string(containsString("立即备份")));
        String location = mvc.perform(post("/admin/operations/backups").with(fixtures.as(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/admin/operations/backups?done=gongkai-backup-*"))
                .andReturn().getResponse().getRedirectedUrl();
        String name = location.substring(location.indexOf("done=") + 5);
        Path archive = backups.directory().resolve(name);
        assertThat(archive).exists();
        assertThat(Files.readString(BackupWriter.checksumFile(archive))).contains(name);
        String sha = jdbc.sql("select sha256 from backup_run where file = ? and status = 'SUCCEEDED'")
                .param(archive.toString()).query(String.class).single();
        assertThat(BackupRestorer.sha256(archive)).isEqualTo(sha);
        mvc.perform(get("/admin/operations/backups").with(fixtures.as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString(sha)))
                .andExpect(content().string(containsString(name)));
        mvc.perform(get("/admin/operations/backups").param("lang", "en").with(fixtures.as(admin)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Last success")))
                .andExpect(content().string(not(containsString("最近一次成功"))));
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'backup.create' and target_id = ?")
                .param(name).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aFailedBackupIsShownAsTheLastFailure() throws Exception {
        long org = fixtures.organisation("运维县教育局");
        StaffUser admin = fixtures.staff(org, Role.SYSTEM_ADMIN);
        Path blocked = Files.createTempFile("gongkai-not-a-dir", ".txt");
        assertThatThrownBy(() -> backups.backUp(blocked.resolve("x.zip"), "command", BackupWriter.Progress.NONE))
                .isInstanceOf(java.io.IOException.class);
        mvc.perform(get("/admin/operations/backups").with(fixtures.as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("最近一次失败")))
                .andExpect(content().string(containsString("x.zip")));
    }

    @Test
    void scheduledArchivesBeyondTheRetentionAreDeletedOldestFirst() throws Exception {
        Files.createDirectories(backups.directory());
        int keep = backups.settings().keep();
        for (int i = 1; i <= keep + 2; i++) {
            Path old = backups.directory().resolve(BackupService.PREFIX + "20000101-00000" + i + BackupService.SUFFIX);
            Files.writeString(old, "old");
            Files.writeString(BackupWriter.checksumFile(old), "x");
        }
        backups.prune();
        assertThat(backups.archives()).hasSizeLessThanOrEqualTo(keep);
        assertThat(backups.directory().resolve(BackupService.PREFIX + "20000101-000001" + BackupService.SUFFIX)).doesNotExist();
        assertThat(backups.directory().resolve(BackupService.PREFIX + "20000101-000001" + BackupService.SUFFIX + ".sha256"))
                .doesNotExist();
    }

    @Test
    void othersMayNotSeeOrTakeBackups() throws Exception {
        long org = fixtures.organisation("运维县教育局");
        for (Role role : new Role[]{Role.EDITOR, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN}) {
            StaffUser someone = fixtures.staff(org, role);
            mvc.perform(get("/admin/operations/backups").with(fixtures.as(someone))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/operations/backups").with(fixtures.as(someone)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
    }
}
