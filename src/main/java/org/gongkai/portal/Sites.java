package org.gongkai.portal;

import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.platform.web.NotFoundException;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Optional;

/** Which organisation's site a request is for: by the host name configured for it, by slug, or the top one. */
@Component
class Sites {

    private final OrganisationDirectory organisations;

    Sites(OrganisationDirectory organisations) {
        this.organisations = organisations;
    }

    /** The organisation whose home is {@code /} on this request's host: its own host name, else the top one. */
    Optional<Organisation> forHost(HttpServletRequest request) {
        String host = request.getServerName();
        if (host != null && !host.isBlank()) {
            Optional<Organisation> byHost = organisations.findByHost(host.toLowerCase(Locale.ROOT));
            if (byHost.isPresent()) {
                return byHost;
            }
        }
        return organisations.root();
    }

    Organisation bySlug(String slug) {
        return organisations.findBySlug(slug).orElseThrow(() -> new NotFoundException("site", slug));
    }

    /** The path of the organisation's home: {@code /} for the top organisation, {@code /o/{slug}} for the others. */
    String homePath(Organisation org) {
        return organisations.root().filter(r -> r.id() == org.id()).isPresent() ? "/" : "/o/" + org.slug();
    }
}
