package org.gongkai.portal;

import org.gongkai.enrollment.ZoningPublished;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A county's first published school districts add the look-up to its site navigation: the publication records a
 * site change in its own transaction, so every node drops the cached pages whose frame lacks the link.
 */
@Component
class ZoningSiteChanges {

    private final SiteChanges changes;

    ZoningSiteChanges(SiteChanges changes) {
        this.changes = changes;
    }

    @EventListener
    void on(ZoningPublished published) {
        changes.recordSiteChange(published.organisationId());
    }
}
