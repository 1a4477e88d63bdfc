package org.gongkai.portal;

import com.zaxxer.hikari.HikariDataSource;
import org.gongkai.catalog.CatalogNode;
import org.gongkai.document.PublishedDocument;
import org.gongkai.document.PublishedDocuments;
import org.gongkai.document.SaveDraft;
import org.gongkai.document.StartNewEdition;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal's lists read {@code public_listing}, which triggers on edition keep beside the {@code public_document}
 * view (ADR 0055): it must follow every publication, new edition and withdrawal, and never hold what the view hides.
 */
@IntegrationTest
class PublicListingTest {

    @Autowired PortalFixture fx;
    @Autowired PublishedDocuments published;
    @Autowired StartNewEdition newEdition;
    @Autowired SaveDraft save;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;

    @Test
    void theListingFollowsPublicationNewEditionsAndWithdrawal() {
        PortalFixture.Site site = fx.site("列表县教育局");
        CatalogNode notices = fx.node(site, "通知公告");
        CatalogNode policies = fx.node(site, "工作动态");
        long draft = fx.approved(site, PortalFixture.content(notices.id(), "列表未发布的通知", "草稿", LocalDate.of(2026, 3, 1)));
        long id = fx.published(site, PortalFixture.content(notices.id(), "列表第一版通知", "招生 入学", LocalDate.of(2026, 3, 2)));

        assertThat(row(id)).containsEntry("catalog_node_id", notices.id()).containsEntry("title", "列表第一版通知")
                .containsEntry("day", java.sql.Date.valueOf(LocalDate.of(2026, 3, 2)));
        assertThat(keywords(id)).containsExactlyInAnyOrder("招生", "入学");
        assertThat(listed(draft)).isFalse();

        String written = rowVersion(id);
        newEdition.start(site.editor(), id);
        int version = jdbc.sql("select lock_version from edition where document_id = ? and status = 'DRAFT'")
                .param(id).query(Integer.class).single();
        save.save(site.editor(), id, version, PortalFixture.content(policies.id(), "列表第二版政策", "学区、划片",
                LocalDate.of(2026, 4, 1)));
        assertThat(row(id)).as("a draft of the next edition changes nothing public")
                .containsEntry("title", "列表第一版通知");
        assertThat(rowVersion(id)).as("nor is the listing rewritten while staff work on a draft").isEqualTo(written);
        fx.submitApprovePublish(site, id);
        assertThat(row(id)).containsEntry("catalog_node_id", policies.id()).containsEntry("title", "列表第二版政策");
        assertThat(keywords(id)).containsExactlyInAnyOrder("学区", "划片");
        assertThat(published.inColumns(List.of(notices.id()), 1, 20, PublishedDocuments.ListOrder.NEWEST).items())
                .extracting(PublishedDocument::documentId).doesNotContain(id);
        assertThat(published.inColumns(List.of(policies.id()), 1, 20, PublishedDocuments.ListOrder.NEWEST).items())
                .extracting(PublishedDocument::documentId).contains(id);

        fx.withdraw(site, id);
        assertThat(listed(id)).isFalse();
        assertThat(keywords(id)).isEmpty();
        assertThat(published.countsByColumn(site.org().id())).doesNotContainKey(policies.id());
    }

    @Test
    void theListingHoldsExactlyThePublishedDocumentsOfTheView() {
        PortalFixture.Site site = fx.site("列表一致县教育局");
        CatalogNode notices = fx.node(site, "通知公告");
        long kept = fx.published(site, PortalFixture.content(notices.id(), "列表一致保留", "一致", LocalDate.of(2026, 5, 1)));
        long gone = fx.published(site, PortalFixture.content(notices.id(), "列表一致撤回", "一致", LocalDate.of(2026, 5, 2)));
        fx.remove(site, gone);

        String view = """
                select document_id, edition_id, organisation_id, catalog_node_id,
                       coalesce(publish_date, (published_at at time zone 'Asia/Shanghai')::date), published_at, title
                  from public_document where status = 'PUBLISHED'""";
        String listing = "select document_id, edition_id, organisation_id, catalog_node_id, day, published_at, title"
                + " from public_listing";
        assertThat(jdbc.sql("select count(*) from (" + view + " except " + listing + ") x").query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from (" + listing + " except " + view + ") x").query(Long.class).single())
                .isZero();
        assertThat(listed(kept)).isTrue();
        assertThat(listed(gone)).isFalse();
    }

    @Test
    void relatedDocumentsRankSharedKeywordsFirstThenTheColumnNewestFirst() {
        PortalFixture.Site site = fx.site("相关排序县教育局");
        CatalogNode notices = fx.node(site, "通知公告");
        CatalogNode policies = fx.node(site, "工作动态");
        long sharesTwo = fx.published(site, PortalFixture.content(policies.id(), "相关排序共两词", "招生 学区", LocalDate.of(2026, 1, 5)));
        long sharesOne = fx.published(site, PortalFixture.content(policies.id(), "相关排序共一词", "招生", LocalDate.of(2026, 2, 5)));
        long olderInColumn = fx.published(site, PortalFixture.content(notices.id(), "相关排序同栏目旧", "其他", LocalDate.of(2026, 1, 1)));
        long newerInColumn = fx.published(site, PortalFixture.content(notices.id(), "相关排序同栏目新", "另外", LocalDate.of(2026, 3, 1)));
        long unrelated = fx.published(site, PortalFixture.content(policies.id(), "相关排序无关", "无关", LocalDate.of(2026, 3, 9)));
        long doc = fx.published(site, PortalFixture.content(notices.id(), "相关排序本文", "招生、学区", LocalDate.of(2026, 3, 10)));

        PublishedDocument self = published.find(doc).orElseThrow();
        assertThat(published.related(self, 10)).extracting(PublishedDocument::documentId)
                .containsExactly(sharesTwo, sharesOne, newerInColumn, olderInColumn)
                .doesNotContain(unrelated, doc);
        assertThat(published.related(self, 2)).extracting(PublishedDocument::documentId)
                .containsExactly(sharesTwo, sharesOne);
    }

    /**
     * A document read takes one pooled connection at a time: with every connection of the pool but one held
     * elsewhere, reading a document with files still answers (its files were once read inside the row mapper of the
     * document's query, which deadlocked the pool when as many pages were rendered at once as it has connections).
     */
    @Test
    void aDocumentReadNeedsOnlyOneFreeConnection() throws Exception {
        PortalFixture.Site site = fx.site("连接池县教育局");
        long id = fx.create.create(site.editor(), site.org().id(), PortalFixture.content(fx.node(site, "通知公告").id(),
                "连接池测试通知", "连接", LocalDate.of(2026, 3, 1)));
        fx.attachPdf(site, id, "pool.pdf", "pool test");
        fx.submitApprovePublish(site, id);

        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        long timeout = pool.getHikariConfigMXBean().getConnectionTimeout();
        List<Connection> held = new ArrayList<>();
        try {
            pool.getHikariConfigMXBean().setConnectionTimeout(3_000);
            while (held.size() < pool.getMaximumPoolSize() - 1) {
                held.add(pool.getConnection());
            }
            PublishedDocument read = published.find(id).orElseThrow();
            assertThat(read.attachments()).hasSize(1);
            assertThat(published.findAll(List.of(id))).singleElement()
                    .satisfies(d -> assertThat(d.attachments()).hasSize(1));
        } finally {
            for (Connection c : held) {
                c.close();
            }
            pool.getHikariConfigMXBean().setConnectionTimeout(timeout);
        }
    }

    private Map<String, Object> row(long documentId) {
        return jdbc.sql("select catalog_node_id, title, day from public_listing where document_id = ?")
                .param(documentId).query().singleRow();
    }

    /** The transaction that last wrote the document's listing row. */
    private String rowVersion(long documentId) {
        return jdbc.sql("select xmin::text from public_listing where document_id = ?").param(documentId)
                .query(String.class).single();
    }

    private boolean listed(long documentId) {
        return jdbc.sql("select exists (select 1 from public_listing where document_id = ?)").param(documentId)
                .query(Boolean.class).single();
    }

    private List<String> keywords(long documentId) {
        return jdbc.sql("select keyword from public_listing_keyword where document_id = ?").param(documentId)
                .query(String.class).list();
    }
}
