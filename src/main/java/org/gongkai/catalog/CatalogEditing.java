package org.gongkai.catalog;

import org.gongkai.platform.audit.StaffAction;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Changes an organisation's catalog on behalf of a member of staff: only editors and publishers of the
 * organisation itself. Every change publishes a {@link StaffAction}.
 */
@Service
public class CatalogEditing {

    public enum Direction { UP, DOWN }

    private final CatalogNodes nodes;
    private final CatalogTree tree;
    private final NodeValidation validation;
    private final CatalogPermissions permissions;
    private final ApplicationEventPublisher events;

    CatalogEditing(CatalogNodes nodes, CatalogTree tree, NodeValidation validation, CatalogPermissions permissions,
                   ApplicationEventPublisher events) {
        this.nodes = nodes;
        this.tree = tree;
        this.validation = validation;
        this.permissions = permissions;
        this.events = events;
    }

    @Transactional
    public CatalogNode create(StaffUser actor, long organisationId, NodeDraft draft) {
        permissions.requireEdit(actor, organisationId);
        return insert(actor, organisationId, draft);
    }

    /**
     * Renames or otherwise changes a node; giving it another parent makes it that parent's last child.
     *
     * @param expectedVersion the version the user saw, or null to overwrite whatever is there
     */
    @Transactional
    public CatalogNode update(StaffUser actor, long organisationId, long nodeId, NodeDraft draft, Integer expectedVersion) {
        permissions.requireEdit(actor, organisationId);
        CatalogNode before = tree.get(organisationId, nodeId);
        CatalogNodes.Content content = validation.check(organisationId, draft, nodeId);
        int version = expectedVersion == null ? before.version() : expectedVersion;
        boolean stored;
        try {
            stored = nodes.update(nodeId, version, content);
        } catch (DuplicateKeyException e) {
            throw InvalidInputException.of("name", "catalog.name.taken");
        }
        if (!stored) {
            throw new ConflictException("catalog.stale");
        }
        CatalogNode after = tree.get(nodeId);
        publish(actor, organisationId, "catalog.node.update", nodeId, snapshot(before), snapshot(after));
        return after;
    }

    /** Moves a node one place up or down among its siblings; at the end of the line nothing changes. */
    @Transactional
    public CatalogNode move(StaffUser actor, long organisationId, long nodeId, Direction direction) {
        permissions.requireEdit(actor, organisationId);
        CatalogNode node = tree.get(organisationId, nodeId);
        List<CatalogNode> siblings = nodes.children(organisationId, node.parentId());
        int index = siblings.indexOf(siblings.stream().filter(s -> s.id() == nodeId).findFirst().orElseThrow());
        int other = direction == Direction.UP ? index - 1 : index + 1;
        if (other < 0 || other >= siblings.size()) {
            return node;
        }
        nodes.swapPositions(node, siblings.get(other));
        CatalogNode after = tree.get(nodeId);
        publish(actor, organisationId, "catalog.node.move", nodeId, Map.of("position", node.position()),
                Map.of("position", after.position(), "direction", direction.name()));
        return after;
    }

    /** Deletes a node that has no children and that nothing (such as a document) refers to; 409 otherwise. */
    @Transactional
    public void delete(StaffUser actor, long organisationId, long nodeId) {
        permissions.requireEdit(actor, organisationId);
        CatalogNode node = tree.get(organisationId, nodeId);
        if (nodes.hasChildren(nodeId)) {
            throw new ConflictException("catalog.delete.hasChildren", node.name());
        }
        try {
            nodes.delete(nodeId);
        } catch (DataIntegrityViolationException e) {
            throw new ConflictException("catalog.delete.inUse", node.name());
        }
        publish(actor, organisationId, "catalog.node.delete", nodeId, snapshot(node), Map.of());
    }

    /** Creation without a permission check, for {@link CatalogSeeding}; the actor may be null (the system). */
    CatalogNode insert(StaffUser actor, long organisationId, NodeDraft draft) {
        CatalogNodes.Content content = validation.check(organisationId, draft, null);
        long id;
        try {
            id = nodes.insert(organisationId, content);
        } catch (DuplicateKeyException e) {
            throw InvalidInputException.of("name", "catalog.name.taken");
        }
        CatalogNode created = tree.get(id);
        publish(actor, organisationId, "catalog.node.create", id, Map.of(), snapshot(created));
        return created;
    }

    private void publish(StaffUser actor, long organisationId, String action, long nodeId,
                         Map<String, Object> before, Map<String, Object> after) {
        events.publishEvent(new StaffAction(actor == null ? null : actor.id(), actor == null ? "system" : actor.username(),
                organisationId, action, "catalog_node", String.valueOf(nodeId), before, after));
    }

    static Map<String, Object> snapshot(CatalogNode n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("parentId", n.parentId());
        m.put("name", n.name());
        m.put("opennessClass", n.opennessClass().name());
        m.put("columnKind", n.columnKind().name());
        m.put("timeLimitDays", n.timeLimitDays());
        m.put("position", n.position());
        m.put("description", n.description());
        return m;
    }
}
