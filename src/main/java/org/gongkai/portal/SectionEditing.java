package org.gongkai.portal;

import org.gongkai.platform.audit.StaffAction;
import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.FieldErrors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;

/** A publisher of an organisation edits the texts of its 信息公开指南 and 信息公开制度. */
@Service
class SectionEditing {

    private final SectionTexts texts;
    private final OrganisationAccess access;
    private final SiteChanges changes;
    private final ApplicationEventPublisher events;

    SectionEditing(SectionTexts texts, OrganisationAccess access, SiteChanges changes, ApplicationEventPublisher events) {
        this.texts = texts;
        this.access = access;
        this.changes = changes;
        this.events = events;
    }

    void requireEditor(StaffUser user, long organisationId) {
        access.requireRole(user, organisationId, Role.PUBLISHER);
    }

    @Transactional
    void save(StaffUser user, long organisationId, String guide, String rules) {
        requireEditor(user, organisationId);
        FieldErrors errors = new FieldErrors();
        if (guide != null && guide.length() > SectionTexts.MAX_LENGTH) {
            errors.reject("guide", "portal.admin.tooLong");
        }
        if (rules != null && rules.length() > SectionTexts.MAX_LENGTH) {
            errors.reject("rules", "portal.admin.tooLong");
        }
        errors.throwIfAny();
        String guideBefore = texts.find(organisationId, SectionTexts.Section.GUIDE).map(SectionTexts.SectionText::body).orElse("");
        String rulesBefore = texts.find(organisationId, SectionTexts.Section.RULES).map(SectionTexts.SectionText::body).orElse("");
        texts.save(organisationId, SectionTexts.Section.GUIDE, guide, user.id());
        texts.save(organisationId, SectionTexts.Section.RULES, rules, user.id());
        events.publishEvent(new StaffAction(user.id(), user.username(), organisationId, "portal.sections.edit",
                "organisation", String.valueOf(organisationId),
                Map.of("guideLength", guideBefore.length(), "rulesLength", rulesBefore.length()),
                Map.of("guideLength", guide == null ? 0 : guide.strip().length(),
                        "rulesLength", rules == null ? 0 : rules.strip().length())));
        changes.recordSiteChange(organisationId);
    }
}
