package org.gongkai.demo;

import org.gongkai.catalog.CatalogNode;
import org.gongkai.catalog.CatalogTree;
import org.gongkai.catalog.ColumnKind;
import org.gongkai.catalog.DemoCatalog;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Demo content that other modules contribute: catalogs and the imported founding policy. */
@Component
class DemoExtras {

    private final DemoCatalog demoCatalog;
    private final CatalogTree catalog;

    DemoExtras(DemoCatalog demoCatalog, CatalogTree catalog) {
        this.demoCatalog = demoCatalog;
        this.catalog = catalog;
    }

    /** Every demo organisation gets the catalog of its kind. */
    void beforeDocuments(Map<String, Long> orgIds) {
        orgIds.values().forEach(demoCatalog::seed);
    }

    /**
     * Files a demo document in a column of its organisation's catalog: one of its five-openness class, of the
     * kind its title suggests (notices and announcements, rules and plans), the deepest such node first.
     */
    Long catalogNodeFor(long orgId, DemoDocuments.Doc doc) {
        ColumnKind kind = doc.title().matches(".*(通知|公告|方案|报告)$") ? ColumnKind.NOTICE : ColumnKind.POLICY;
        List<CatalogTree.Entry> entries = catalog.nodesOf(orgId);
        Comparator<CatalogTree.Entry> score = Comparator
                .comparing((CatalogTree.Entry e) -> e.node().opennessClass().name().equals(doc.openness()))
                .thenComparing(e -> e.node().columnKind() == kind)
                .thenComparing(e -> !e.node().name().contains("解读"));
        return entries.stream().max(score).map(CatalogTree.Entry::node).map(CatalogNode::id).orElse(null);
    }

    void afterDocuments(Map<String, Long> orgIds, Map<String, DemoContent.Team> teams) {
    }
}
