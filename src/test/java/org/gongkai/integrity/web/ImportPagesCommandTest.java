package org.gongkai.integrity.web;

import org.gongkai.demo.FoundingDocumentSample;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ImportPagesCommandTest {

    @Autowired ImportPagesCommand command;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    @TempDir Path dir;

    @Test
    void savedPagesBecomeDraftsWithTheirOriginalsKept() throws Exception {
        long org = fixtures.organisation("迁移县教育局");
        StaffUser editor = fixtures.staff(org, Role.EDITOR);
        Files.write(dir.resolve("moe-2017-3.txt"), FoundingDocumentSample.foundingDocumentBytes());
        Files.createDirectories(dir.resolve("old-site"));
        Files.write(dir.resolve("old-site/notice.html"), ("<html><head><meta charset=\"gbk\"><title>通知</title></head><body>"
                + "<div class=\"crumb\">当前位置：首页 &gt; 通知公告</div><h1>迁移县关于做好秋季开学工作的通知</h1>"
                + "<p>各中小学：</p><p>请做好秋季开学各项准备工作。</p><p>迁移县教育局</p><p>2026年8月20日</p></body></html>")
                .getBytes(Charset.forName("GBK")));
        Files.writeString(dir.resolve("old-site/ignored.css"), "body{}");
        long imports = jdbc.sql("select count(*) from integrity_import").query(Long.class).single();

        int exit = new CommandLine(command).execute("-u", editor.username(), dir.toString());

        assertThat(exit).isZero();
        assertThat(jdbc.sql("select count(*) from integrity_import").query(Long.class).single()).isEqualTo(imports + 2);
        var titles = jdbc.sql("""
                select r.title from document d join edition e on e.document_id = d.id join revision r on r.id = e.revision_id
                 where d.organisation_id = ? and e.status = 'DRAFT' order by r.title""").param(org).query(String.class).list();
        assertThat(titles).containsExactlyInAnyOrder("教育部办公厅关于全面推进政务公开工作的实施意见", "迁移县关于做好秋季开学工作的通知");
        assertThat(new CommandLine(command).execute("-u", "no-such-user", dir.toString())).isEqualTo(2);
    }
}
