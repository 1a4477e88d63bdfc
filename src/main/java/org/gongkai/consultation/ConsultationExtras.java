package org.gongkai.consultation;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the consultation's staff and public pages show besides the draft: extensions, hearings, comment groups, materials. */
@Component
class ConsultationExtras {

    private final ExtensionStore extensions;
    private final HearingStore hearings;
    private final GroupStore groups;
    private final java.time.Clock clock;
    private final ConsultationMaterials materials;

    ConsultationExtras(ExtensionStore extensions, HearingStore hearings, GroupStore groups, java.time.Clock clock,
                       ConsultationMaterials materials) {
        this.materials = materials;
        this.clock = clock;
        this.extensions = extensions;
        this.hearings = hearings;
        this.groups = groups;
    }

    void fill(Model model, Consultation c) {
        loadCsrfToken();
        model.addAttribute("extensions", extensions.of(c.id()));
        model.addAttribute("hearings", hearings.of(c.id()));
        model.addAttribute("hearingChannel", c.channels().contains(Channel.HEARING));
        model.addAttribute("groups", groups.of(c.id()));
        model.addAttribute("now", clock.instant());
        model.addAttribute("materials", materials.shown(c.id()));
        model.addAttribute("allMaterials", materials.of(c.id()));
    }

    /**
     * Resolves the request's (deferred) CSRF token now. The pages' forms come after a long draft; Thymeleaf writes as
     * it renders, so by the first form the response may be committed and a visitor without a session could no longer
     * get one for the token ("Cannot create a session after the response has been committed").
     */
    static void loadCsrfToken() {
        if (org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
                instanceof org.springframework.web.context.request.ServletRequestAttributes a
                && a.getRequest().getAttribute(org.springframework.security.web.csrf.CsrfToken.class.getName())
                instanceof org.springframework.security.web.csrf.CsrfToken token) {
            token.getToken();
        }
    }
}
