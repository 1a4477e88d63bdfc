package org.gongkai.catalog;

import java.util.List;

/** A catalog node to create, with the nodes below it: the shape of a starting catalog. */
public record NodeTemplate(String name, OpennessClass opennessClass, ColumnKind columnKind, List<NodeTemplate> children) {

    public NodeTemplate {
        children = List.copyOf(children);
    }

    public static NodeTemplate of(String name, OpennessClass cls, ColumnKind kind, NodeTemplate... children) {
        return new NodeTemplate(name, cls, kind, List.of(children));
    }
}
