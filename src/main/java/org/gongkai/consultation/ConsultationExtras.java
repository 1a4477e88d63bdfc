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
        model.addAttribute("extensions", extensions.of(c.id()));
        model.addAttribute("hearings", hearings.of(c.id()));
        model.addAttribute("hearingChannel", c.channels().contains(Channel.HEARING));
        model.addAttribute("groups", groups.of(c.id()));
        model.addAttribute("now", clock.instant());
        model.addAttribute("materials", materials.shown(c.id()));
        model.addAttribute("allMaterials", materials.of(c.id()));
    }
}
