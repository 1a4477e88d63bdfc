package org.gongkai.demo;

import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class DemoGenerateCommandTest {

    @Autowired DemoGenerateCommand command;
    @Autowired JdbcClient jdbc;

    @Test
    void publishesTheGeneratedDocumentsThroughTheWorkflowInTheBenchOrganisation() {
        long before = published();

        assertThat(new CommandLine(command).execute("--documents", "3", "--seed", "7")).isZero();

        assertThat(published()).isEqualTo(before + 3);
        assertThat(jdbc.sql("""
                select count(*) from public_document p join organisation o on o.id = p.organisation_id
                 where o.slug = ? and p.catalog_node_id is not null and p.title like '关于%（第_号）'""")
                .param(DemoGenerateCommand.SLUG).query(Long.class).single()).isGreaterThanOrEqualTo(3);
    }

    private long published() {
        return jdbc.sql("select count(*) from public_document p join organisation o on o.id = p.organisation_id where o.slug = ?")
                .param(DemoGenerateCommand.SLUG).query(Long.class).single();
    }
}
