package org.gongkai.document;

import org.gongkai.catalog.CatalogTree;
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

    /** A choice of the catalog select: the node and its name indented by depth. */
    record NodeChoice(long id, String label) {
    }

    private final AttachmentFiles files;
    private final CatalogTree catalog;
    private final List<DocumentSection> sections;

    DocumentFormModel(AttachmentFiles files, CatalogTree catalog, List<DocumentSection> sections) {
        this.files = files;
        this.catalog = catalog;
        this.sections = sections;
    }

    void fill(Model model, StaffUser user, DocumentForm form, DocumentView view) {
        model.addAttribute("form", form);
        model.addAttribute("view", view);
        model.addAttribute("disclosures", Disclosure.values());
        model.addAttribute("validities", Validity.values());
        model.addAttribute("kinds", DocumentKind.values());
        model.addAttribute("opennessClasses", ContentRules.OPENNESS);
        model.addAttribute("errors", Map.of());
        long orgId = view == null ? user.organisationId() : view.document().organisationId();
        model.addAttribute("catalogNodes", catalog.nodesOf(orgId).stream()
                .map(e -> new NodeChoice(e.node().id(), "\u3000".repeat(e.depth()) + e.node().name())).toList());
    }

    void fillView(Model model, StaffUser user, DocumentView view) {
        model.addAttribute("view", view);
        model.addAttribute("revision", view.current());
        model.addAttribute("actions", actions(user, view));
        Long nodeId = view.current().content().catalogNodeId();
        model.addAttribute("catalogPath", nodeId == null ? List.of()
                : catalog.path(nodeId).stream().map(n -> n.name()).toList());
        model.addAttribute("maxUploadMb", files.maxBytes() / (1024 * 1024));
        model.addAttribute("sections", sections.stream().flatMap(s -> s.section(user, view).stream()).toList());
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
        a.put("sendBack", (reviewer || publisher) && working == EditionStatus.APPROVED);
        a.put("newEdition", editor && working == null && live != null);
        a.put("withdraw", publisher && live == EditionStatus.PUBLISHED);
        a.put("remove", publisher && (live == EditionStatus.PUBLISHED || live == EditionStatus.WITHDRAWN));
        return a;
    }
}
