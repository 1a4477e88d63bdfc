package org.gongkai.syndication;

import org.gongkai.document.DocumentContent;
import org.gongkai.document.ReviewEdition;
import org.gongkai.identity.OrganisationKind;
import org.gongkai.support.PublishingSites;
import org.gongkai.support.PublishingSites.Site;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sites in a hierarchy with catalogs and publishing teams ({@link PublishingSites}), and documents taken through the
 * real workflow, each publication and withdrawal waiting until the re-post listener has handled it.
 */
@Component
class SyndicationFixture {

    final PublishingSites sites;
    final ReviewEdition review;
    final JdbcClient jdbc;
    final SourceListener listener;

    SyndicationFixture(PublishingSites sites, ReviewEdition review, JdbcClient jdbc, SourceListener listener) {
        this.sites = sites;
        this.review = review;
        this.jdbc = jdbc;
        this.listener = listener;
    }

    /** Runs the action and waits until the re-post listener has handled (and committed) the document's change. */
    void awaitChange(long documentId, Runnable action) {
        var handled = listener.nextChangeOf(documentId);
        action.run();
        try {
            handled.get(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the change of document " + documentId + " was not handled", e);
        }
    }

    void withdraw(Site s, long id, String reason) {
        awaitChange(id, () -> sites.withdraw.withdraw(s.publisher(), id, reason));
    }

    Site site(String name, Long parentId, OrganisationKind kind) {
        return sites.site(name, parentId, kind);
    }

    static DocumentContent.Builder content(Site s, String title, String bodyHtml) {
        return PublishingSites.content(s, "教转", "转载", title, bodyHtml);
    }

    void publish(Site s, long id) {
        sites.submit(s, id);
        approveAndPublish(s, id);
    }

    void approveAndPublish(Site s, long id) {
        sites.approve(s, id);
        awaitChange(id, () -> sites.publishNow(s, id));
    }

    long published(Site s, DocumentContent content) {
        long id = sites.draft(s, content);
        publish(s, id);
        return id;
    }

    void amend(Site s, long id, DocumentContent content) {
        sites.newEdition(s, id, content);
        publish(s, id);
    }

    /** The item queued for the subscriber from the source document. */
    long item(Site subscriber, long sourceDocumentId) {
        return jdbc.sql("select id from repost_item where organisation_id = ? and source_document_id = ?")
                .params(subscriber.org().id(), sourceDocumentId).query(Long.class).single();
    }

    String editionStatus(long documentId) {
        return jdbc.sql("select status from edition where document_id = ? order by number desc limit 1")
                .param(documentId).query(String.class).single();
    }
}
