package org.gongkai.review;

import org.gongkai.document.AttachmentInfo;
import org.gongkai.document.AttachmentKind;
import org.gongkai.document.DocumentSection;
import org.gongkai.document.DocumentView;
import org.gongkai.document.Edition;
import org.gongkai.document.EditionStatus;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The screening findings of the edition in progress, on the back-office document page, with the decision forms. */
@Component
class FindingsSection implements DocumentSection {

    private static final Set<AttachmentKind> READ = Set.of(AttachmentKind.PDF, AttachmentKind.DOCX, AttachmentKind.XLSX,
            AttachmentKind.XLS);

    private final FindingStore store;

    FindingsSection(FindingStore store) {
        this.store = store;
    }

    @Override
    public Optional<Fragment> section(StaffUser user, DocumentView view) {
        if (view.working().isEmpty() || view.workingRevision().isEmpty()) {
            return Optional.empty();
        }
        Edition edition = view.working().get();
        List<StoredFinding> findings = store.ofRevision(edition.id(), edition.revisionId());
        boolean inReview = edition.status() == EditionStatus.SUBMITTED;
        if (findings.isEmpty() && !inReview) {
            return Optional.empty();
        }
        boolean own = user.organisationId() == view.document().organisationId();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("documentId", view.document().id());
        data.put("findings", findings);
        data.put("open", findings.stream().filter(f -> f.status() == FindingStatus.OPEN).count());
        data.put("canDecide", own && inReview && user.has(Role.REVIEWER));
        data.put("unscreened", view.workingRevision().get().attachments().stream()
                .filter(a -> !READ.contains(a.kind())).map(AttachmentInfo::fileName).toList());
        return Optional.of(new Fragment("review/findings", data));
    }
}
