package org.gongkai.catalog;

import org.gongkai.platform.web.FieldErrors;
import org.springframework.stereotype.Component;

/** Checks a {@link NodeDraft} against the rules the database also keeps, so users get a message per field. */
@Component
class NodeValidation {

    private final CatalogNodes nodes;

    NodeValidation(CatalogNodes nodes) {
        this.nodes = nodes;
    }

    /**
     * @param organisationId the catalog's organisation
     * @param nodeId         the node being changed, or null for a new one
     * @return the content to store; throws {@code InvalidInputException} with the field messages otherwise
     */
    CatalogNodes.Content check(long organisationId, NodeDraft draft, Long nodeId) {
        FieldErrors errors = new FieldErrors();
        String name = draft.name() == null ? "" : draft.name().strip();
        errors.require(!name.isEmpty(), "name", "catalog.name.blank");
        errors.require(name.length() <= CatalogNode.MAX_NAME_LENGTH, "name", "catalog.name.tooLong");

        OpennessClass cls = OpennessClass.parse(draft.opennessClass()).orElse(null);
        errors.require(cls != null, "opennessClass", "catalog.opennessClass.invalid");

        boolean kindGiven = draft.columnKind() != null && !draft.columnKind().isBlank();
        ColumnKind kind = kindGiven ? ColumnKind.parse(draft.columnKind()).orElse(null) : ColumnKind.OTHER;
        errors.require(kind != null, "columnKind", "catalog.columnKind.invalid");

        int days = draft.timeLimitDays() == null ? CatalogNode.DEFAULT_TIME_LIMIT_DAYS : draft.timeLimitDays();
        errors.require(days >= 1 && days <= CatalogNode.MAX_TIME_LIMIT_DAYS, "timeLimitDays", "catalog.timeLimit.range");

        String description = draft.description() == null || draft.description().isBlank() ? null : draft.description().strip();
        errors.require(description == null || description.length() <= CatalogNode.MAX_DESCRIPTION_LENGTH,
                "description", "catalog.description.tooLong");

        Long parentId = draft.parentId();
        if (parentId != null) {
            CatalogNode parent = nodes.find(parentId).filter(p -> p.organisationId() == organisationId).orElse(null);
            errors.require(parent != null, "parentId", "catalog.parent.unknown");
            if (parent != null && nodeId != null) {
                errors.require(!nodes.subtreeIds(nodeId).contains(parentId), "parentId", "catalog.parent.cycle");
            }
        }
        if (errors.isEmpty()) {
            errors.require(!nodes.nameTaken(organisationId, parentId, name, nodeId), "name", "catalog.name.taken");
        }
        errors.throwIfAny();
        return new CatalogNodes.Content(parentId, name, cls, kind, days, description);
    }
}
