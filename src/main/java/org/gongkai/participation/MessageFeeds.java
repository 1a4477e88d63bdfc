package org.gongkai.participation;

import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.platform.web.NotFoundException;
import org.gongkai.portal.AtomFeed;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;

/**
 * The Atom feed of an organisation's published exchanges, the newest first: the public copy of the subject and the
 * reply, never anything about the writer.
 */
@Controller
class MessageFeeds {

    static final int SIZE = 20;

    private final PublishedExchangeStore store;
    private final OrganisationDirectory organisations;
    private final MessageSource messages;

    MessageFeeds(PublishedExchangeStore store, OrganisationDirectory organisations, MessageSource messages) {
        this.store = store;
        this.organisations = organisations;
        this.messages = messages;
    }

    @GetMapping("/o/{slug}/messages/feed.atom")
    ResponseEntity<String> atom(@PathVariable String slug, HttpServletRequest request) {
        Organisation org = organisations.findBySlug(slug).orElseThrow(() -> new NotFoundException("site", slug));
        String base = ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).build().toUriString();
        var locale = LocaleContextHolder.getLocale();
        List<AtomFeed.Entry> entries = store.publishedNewest(org.id(), SIZE).stream()
                .map(e -> new AtomFeed.Entry(base + "/messages/published/" + e.id(),
                        "[" + messages.getMessage(e.type().labelKey(), null, locale) + "] " + e.subject(),
                        e.publishedAt(), org.name(), e.reply()))
                .toList();
        return AtomFeed.response(org.name() + " · " + messages.getMessage("msg.published.title", null, locale),
                base + "/o/" + org.slug() + "/messages/feed.atom", base + "/messages/published?org=" + org.slug(),
                entries);
    }
}
