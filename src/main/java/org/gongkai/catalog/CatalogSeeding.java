package org.gongkai.catalog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * Gives an organisation that has no catalog yet a starting one, created by the system (no staff member, so no
 * permission check; each node is validated and audited like any other).
 */
@Service
public class CatalogSeeding {

    private final CatalogTree tree;
    private final CatalogEditing editing;

    CatalogSeeding(CatalogTree tree, CatalogEditing editing) {
        this.tree = tree;
        this.editing = editing;
    }

    /**
     * Creates the nodes of the templates, unless the organisation already has a catalog.
     *
     * @return the number of nodes created (0 when the organisation had a catalog already)
     */
    @Transactional
    public int seedIfEmpty(long organisationId, List<NodeTemplate> templates) {
        if (!tree.isEmpty(organisationId)) {
            return 0;
        }
        int created = 0;
        for (NodeTemplate t : templates) {
            created += create(organisationId, null, t);
        }
        return created;
    }

    private int create(long organisationId, Long parentId, NodeTemplate t) {
        CatalogNode node = editing.insert(null, organisationId, new NodeDraft(parentId, t.name(),
                t.opennessClass().name(), t.columnKind().name(), CatalogNode.DEFAULT_TIME_LIMIT_DAYS, null));
        int created = 1;
        for (NodeTemplate child : t.children()) {
            created += create(organisationId, node.id(), child);
        }
        return created;
    }
}
