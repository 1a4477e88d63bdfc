package org.gongkai.interpretation;

import org.gongkai.document.DocumentContent;
import org.gongkai.document.PublishEdition;
import org.gongkai.document.ReviewEdition;
import org.gongkai.document.SubmitForReview;
import org.gongkai.document.WithdrawOrRemove;
import org.gongkai.support.PublishingSites;
import org.gongkai.support.PublishingSites.Site;
import org.springframework.stereotype.Component;

/** A site with a catalog and a publishing team, and documents taken through the real workflow. */
@Component
class InterpretationFixture {

    final PublishingSites sites;
    final SubmitForReview submit;
    final ReviewEdition review;
    final PublishEdition publish;
    final WithdrawOrRemove withdraw;

    InterpretationFixture(PublishingSites sites, SubmitForReview submit, ReviewEdition review, PublishEdition publish,
                          WithdrawOrRemove withdraw) {
        this.sites = sites;
        this.publish = publish;
        this.submit = submit;
        this.review = review;
        this.withdraw = withdraw;
    }

    Site site(String name) {
        return site(name, null);
    }

    /** A site under another organisation (null: at the top). */
    Site site(String name, Long parentId) {
        return sites.site(name, parentId, null);
    }

    static DocumentContent.Builder content(Site s, String title, String bodyHtml) {
        return PublishingSites.content(s, "解测", "解读", title, bodyHtml);
    }

    long draft(Site s, DocumentContent content) {
        return sites.draft(s, content);
    }

    void publish(Site s, long id) {
        sites.submit(s, id);
        sites.approve(s, id);
        sites.publishNow(s, id);
    }

    long published(Site s, DocumentContent content) {
        long id = draft(s, content);
        publish(s, id);
        return id;
    }

    /** Publishes a new edition of a published document with the content. */
    void amend(Site s, long id, DocumentContent content) {
        sites.newEdition(s, id, content);
        publish(s, id);
    }
}
