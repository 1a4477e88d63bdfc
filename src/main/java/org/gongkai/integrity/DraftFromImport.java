package org.gongkai.integrity;

import org.gongkai.document.CreateDocument;
import org.gongkai.document.DocumentContent;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.StaffUser;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import java.util.stream.Collectors;

/**
 * Turns an accepted import into a draft in the editor's organisation. The draft then goes through the normal review:
 * nothing imported is ever published without a reviewer.
 */
@Service
public class DraftFromImport {

    static final String UNTITLED = "（导入件：未识别标题）";

    private final CreateDocument create;
    private final OrganisationDirectory organisations;

    DraftFromImport(CreateDocument create, OrganisationDirectory organisations) {
        this.create = create;
        this.organisations = organisations;
    }

    @EventListener
    void onImportAccepted(ImportAccepted accepted) {
        createDraft(accepted.acceptedBy(), accepted.document(), null);
    }

    /** Creates the draft and returns the new document's id. */
    @Transactional
    public long createDraft(StaffUser editor, CleanedDocument doc, Long catalogNodeId) {
        String body = doc.paragraphs().stream().map(p -> "<p>" + HtmlUtils.htmlEscape(p) + "</p>")
                .collect(Collectors.joining());
        String issuer = doc.issuer() != null ? doc.issuer() : organisations.get(editor.organisationId()).name();
        String title = doc.title() == null || doc.title().isBlank() ? UNTITLED : truncate(doc.title(), 300);
        DocumentContent content = DocumentContent.builder().catalogNodeId(catalogNodeId).title(title)
                .documentNumber(truncateOrNull(doc.documentNumber(), 100)).issuer(truncate(issuer, 200))
                .writtenDate(doc.writtenDate()).publishDate(doc.publishedDate()).bodyHtml(body).build();
        return create.create(editor, editor.organisationId(), content);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static String truncateOrNull(String s, int max) {
        return s == null ? null : truncate(s, max);
    }
}
