package org.gongkai.services;

import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.platform.web.NotFoundException;
import org.gongkai.portal.AtomFeed;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;

/** The Atom feed of a site's issued warnings, newest first; each entry names its level, area, validity and CAP. */
@Controller
class EmergencyFeeds {

    static final int SIZE = 30;

    private final EmergencyStore store;
    private final OrganisationDirectory organisations;

    EmergencyFeeds(EmergencyStore store, OrganisationDirectory organisations) {
        this.store = store;
        this.organisations = organisations;
    }

    @GetMapping("/o/{slug}/warnings/feed.atom")
    ResponseEntity<String> atom(@PathVariable String slug, HttpServletRequest request) {
        Organisation org = organisations.findBySlug(slug).orElseThrow(() -> new NotFoundException("site", slug));
        String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        List<AtomFeed.Entry> entries = store.warnings(organisations.subtreeIds(org.id()), true, SIZE).stream()
                .map(w -> {
                    WarningState s = new WarningState(w, store.updates(w.id()));
                    String summary = "预警级别：" + s.severity().cap() + "（" + s.severity().name() + "）；区域：" + w.area()
                            + "；有效期至 " + CapMessage.TIME.format(s.expires()) + (s.cancelled() ? "；已解除" : "")
                            + "；CAP：" + base + "/warnings/" + w.id() + "/cap.xml";
                    return new AtomFeed.Entry(base + "/warnings/" + w.id(), w.headline(), s.lastSent(),
                            organisations.get(w.organisationId()).name(), summary);
                }).toList();
        return AtomFeed.response(org.name() + " · 预警信息", base + "/o/" + org.slug() + "/warnings/feed.atom",
                base + "/o/" + org.slug() + "/emergency", entries);
    }
}
