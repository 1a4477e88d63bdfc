package org.gongkai.integrity;

import java.util.List;

/** All removals of one kind: the total count and a few examples, for reports and pages. */
public record RemovalSummary(RemovalKind kind, int total, int distinct, List<String> examples) {
}
