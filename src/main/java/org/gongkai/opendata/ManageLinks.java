package org.gongkai.opendata;

import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.audit.StaffAction;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.platform.web.NotFoundException;
import org.gongkai.portal.SiteContentChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Editors add link resources to a dataset (an http or https address with a title) and remove them. An added link
 * waits for the publisher's next publication of the dataset, like an uploaded version; a removed public link leaves
 * the public side at once. Both are {@link StaffAction}s.
 */
@Service
public class ManageLinks {

    static final int URL_MAX = 2000;

    private final OpenDataStore datasets;
    private final LinkStore links;
    private final OrganisationAccess access;
    private final ApplicationEventPublisher events;

    ManageLinks(OpenDataStore datasets, LinkStore links, OrganisationAccess access, ApplicationEventPublisher events) {
        this.datasets = datasets;
        this.links = links;
        this.access = access;
        this.events = events;
    }

    @Transactional
    public long add(StaffUser user, long datasetId, String title, String url) {
        Dataset d = datasets.find(datasetId).orElseThrow(() -> new NotFoundException("dataset", datasetId));
        access.requireRole(user, d.organisationId(), Role.EDITOR);
        Map<String, String> errors = new LinkedHashMap<>();
        String t = title == null ? "" : title.strip();
        if (t.isEmpty() || t.length() > 200) {
            errors.put("linkTitle", t.isEmpty() ? "od.link.error.title" : "od.link.error.titleLong");
        }
        String u = url == null ? "" : url.strip();
        if (!valid(u)) {
            errors.put("linkUrl", "od.link.error.url");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        long id = links.insert(datasetId, t, u, user.id());
        events.publishEvent(new StaffAction(user.id(), user.username(), d.organisationId(), "opendata.link.add",
                "od_dataset", String.valueOf(datasetId), Map.of(), Map.of("link", id, "title", t, "url", u)));
        return id;
    }

    @Transactional
    public void remove(StaffUser user, long datasetId, long linkId) {
        Dataset d = datasets.find(datasetId).orElseThrow(() -> new NotFoundException("dataset", datasetId));
        access.requireRole(user, d.organisationId(), Role.EDITOR);
        DataLink l = links.find(datasetId, linkId).filter(x -> !x.removed())
                .orElseThrow(() -> new NotFoundException("link", linkId));
        links.remove(linkId, user.id());
        events.publishEvent(new StaffAction(user.id(), user.username(), d.organisationId(), "opendata.link.remove",
                "od_dataset", String.valueOf(datasetId), Map.of("link", linkId, "title", l.title(), "url", l.url()),
                Map.of()));
        if (l.published() && d.status() == DatasetStatus.PUBLISHED) {
            events.publishEvent(new SiteContentChanged(d.organisationId()));
        }
    }

    /** An absolute http(s) address with a host, no spaces or control characters, at most {@link #URL_MAX}. */
    static boolean valid(String url) {
        if (url.isEmpty() || url.length() > URL_MAX || !url.matches("https?://[^\\s/?#]+\\S*")
                || url.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return false;
        }
        try {
            URI u = new URI(url);
            return u.getHost() != null && ("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
