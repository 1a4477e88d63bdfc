package org.gongkai.document;

import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Fills the model of the document form and the document page: choices, and which actions the user may take. */
@Component
class DocumentFormModel {

    private final AttachmentFiles files;

    DocumentFormModel(AttachmentFiles files) {
        this.files = files;
    }

    void fill(Model model, StaffUser user, DocumentForm form, DocumentView view) {
        model.addAttribute("form", form);
        model.addAttribute("view", view);
        model.addAttribute("disclosures", Disclosure.values());
        model.addAttribute("validities", Validity.values());
        model.addAttribute("opennessClasses", List.copyOf(ContentRules.OPENNESS).stream().sorted(
                java.util.Comparator.comparingInt(List.of("DECISION", "EXECUTION", "MANAGEMENT", "SERVICE", "RESULT")::indexOf)).toList());
        model.addAttribute("errors", Map.of());
    }

    void fillView(Model model, StaffUser user, DocumentView view) {
        model.addAttribute("view", view);
        model.addAttribute("revision", view.current());
        model.addAttribute("actions", actions(user, view));
        model.addAttribute("maxUploadMb", files.maxBytes() / (1024 * 1024));
    }

    /** The actions this user may take now, by name; the page shows a form for each. */
    static Map<String, Boolean> actions(StaffUser user, DocumentView view) {
        boolean own = user.organisationId() == view.document().organisationId();
        EditionStatus working = view.working().map(Edition::status).orElse(null);
        EditionStatus live = view.live().map(Edition::status).orElse(null);
        boolean editor = own && user.has(Role.EDITOR);
        boolean reviewer = own && user.has(Role.REVIEWER);
        boolean publisher = own && user.has(Role.PUBLISHER);
        Map<String, Boolean> a = new LinkedHashMap<>();
        a.put("edit", editor && working != null && EditionStatus.EDITABLE.contains(working));
        a.put("submit", editor && working != null && EditionStatus.EDITABLE.contains(working));
        a.put("review", reviewer && working == EditionStatus.SUBMITTED);
        a.put("publish", publisher && working == EditionStatus.APPROVED);
        a.put("unschedule", publisher && working == EditionStatus.SCHEDULED);
        a.put("newEdition", editor && working == null && live != null);
        a.put("withdraw", publisher && live == EditionStatus.PUBLISHED);
        a.put("remove", publisher && (live == EditionStatus.PUBLISHED || live == EditionStatus.WITHDRAWN));
        return a;
    }
}
