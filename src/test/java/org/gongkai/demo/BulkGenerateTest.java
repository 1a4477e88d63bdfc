package org.gongkai.demo;

import org.gongkai.document.BenchmarkLoad;
import org.gongkai.document.CreateDocument;
import org.gongkai.document.DocumentContent;
import org.gongkai.document.PublishEdition;
import org.gongkai.document.ReviewEdition;
import org.gongkai.document.SubmitForReview;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.search.SearchIndexer;
import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import picocli.CommandLine;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A bulk-loaded benchmark database (2,000 documents over 20 organisations, ADR 0054) works as published content: the
 * document page, an organisation's home and column, the sitemap, search after a rebuild, and a normal publication
 * on top of it; the command refuses a database that has content.
 */
@IntegrationTest
class BulkGenerateTest {

    @Autowired BulkGenerate bulk;
    @Autowired DemoGenerateCommand command;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired SearchIndexer searchIndexer;
    @Autowired Fixtures fixtures;
    @Autowired CreateDocument create;
    @Autowired SubmitForReview submit;
    @Autowired ReviewEdition review;
    @Autowired PublishEdition publish;

    @Test
    void aBulkLoadedDatabaseServesItsPagesSitemapAndSearchAndTakesANormalPublication() throws Exception {
        String tag = "X" + Long.toString(System.nanoTime() % 1296, 36).toUpperCase();
        tag = (tag + "00").substring(0, 3);
        String slug = tag.toLowerCase();
        AtomicLong organisationSteps = new AtomicLong();
        AtomicLong documentSteps = new AtomicLong();
        List<BulkGenerate.Site> sites = bulk.sites(tag, 20, organisationSteps::addAndGet);
        BenchmarkLoad.Result result = bulk.documents(sites, 2_000, 5, tag, documentSteps::addAndGet);

        assertThat(organisationSteps.get()).isEqualTo(20);
        assertThat(documentSteps.get()).isEqualTo(2_000);
        assertThat(result.documents()).isEqualTo(2_000);
        assertThat(jdbc.sql("""
                select count(*) from public_document p join organisation o on o.id = p.organisation_id
                 where o.slug like ? and p.catalog_node_id is not null and p.index_number is not null""")
                .param(slug + "-%").query(Long.class).single()).isEqualTo(2_000);
        assertThat(jdbc.sql("select count(distinct organisation_id) from document where id between ? and ?")
                .params(result.firstDocumentId(), result.lastDocumentId()).query(Long.class).single()).isEqualTo(20);

        // document 37 of the load: its page, its site, its column, the sitemap
        long id = result.firstDocumentId() + 37;
        BulkGenerate.Site site = sites.get(37 % 20);
        DocumentContent c = SyntheticDocuments.content(5, 37, null, site.name());
        String siteSlug = slug + "-%04d".formatted(37 % 20 + 1);
        mvc.perform(get("/documents/" + id)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(c.title())));
        mvc.perform(get("/o/" + siteSlug)).andExpect(status().isOk());
        long node = jdbc.sql("select catalog_node_id from public_document where document_id = ?").param(id)
                .query(Long.class).single();
        mvc.perform(get("/o/" + siteSlug + "/catalog/" + node)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/documents/")));
        mvc.perform(get("/o/" + siteSlug + "/site-map")).andExpect(status().isOk());
        mvc.perform(get("/sitemap.xml")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/o/" + siteSlug)));

        // search after a rebuild finds it by its 文号 on its site
        searchIndexer.rebuild(d -> { });
        mvc.perform(get("/o/" + siteSlug + "/search").param("q", c.documentNumber())).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/documents/" + id)));

        // a normal publication on top: the next 索引号 serial of the organisation's year, its page
        StaffUser editor = fixtures.staff(site.organisationId(), Role.EDITOR);
        StaffUser reviewer = fixtures.staff(site.organisationId(), Role.REVIEWER);
        StaffUser publisher = fixtures.staff(site.organisationId(), Role.PUBLISHER);
        long added = create.create(editor, site.organisationId(),
                SyntheticDocuments.content(9, 5_000, site.leaves().get(0), site.name()));
        submit.submit(editor, added);
        review.approve(reviewer, added, null);
        publish.publishNow(publisher, added);
        mvc.perform(get("/documents/" + added)).andExpect(status().isOk());
        assertThat(jdbc.sql("select count(distinct index_number) from document where organisation_id = ?")
                .param(site.organisationId()).query(Long.class).single()).isEqualTo(101);

        // the command refuses a database that already has documents, and writes nothing
        long before = jdbc.sql("select count(*) from document").query(Long.class).single();
        assertThat(bulk.refusal()).isPresent();
        assertThat(new CommandLine(command).execute("--bulk", "--documents", "10", "--organisations", "2"))
                .isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from document").query(Long.class).single()).isEqualTo(before);
    }
}
