package org.gongkai.services;

import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.platform.web.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** An issued warning as CAP 1.2 XML: its latest message by default, or message {@code n} (0 = the warning itself). */
@Controller
class WarningCapFiles {

    static final MediaType CAP = MediaType.parseMediaType("application/cap+xml;charset=UTF-8");

    private final EmergencyStore store;
    private final OrganisationDirectory organisations;

    WarningCapFiles(EmergencyStore store, OrganisationDirectory organisations) {
        this.store = store;
        this.organisations = organisations;
    }

    @GetMapping("/warnings/{id}/cap.xml")
    ResponseEntity<String> cap(@PathVariable long id, @RequestParam(required = false) Integer message,
                               HttpServletRequest request) {
        EmergencyWarning w = store.publicWarning(id).orElseThrow(() -> new NotFoundException("warning", id));
        WarningState s = new WarningState(w, store.updates(id));
        int n = message == null ? s.updates().size() : message;
        if (n < 0 || n > s.updates().size()) {
            throw new NotFoundException("message", n);
        }
        String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        return ResponseEntity.ok().contentType(CAP).header(HttpHeaders.CACHE_CONTROL, "public, max-age=60")
                .body(CapMessage.xml(origin(organisations.get(w.organisationId()), base, id), s, n));
    }

    static CapMessage.Origin origin(Organisation o, String base, long warningId) {
        String host = o.hostName() != null && o.hostName().matches("[A-Za-z0-9.-]+") ? o.hostName() : "gongkai";
        return new CapMessage.Origin(o.slug().replaceAll("[^A-Za-z0-9._-]", "") + "@" + host, o.name(),
                base + "/warnings/" + warningId);
    }
}
