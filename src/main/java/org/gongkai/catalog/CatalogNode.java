package org.gongkai.catalog;

/**
 * A node of an organisation's proactive-disclosure catalog (主动公开目录).
 *
 * @param parentId      the parent node, or null for a top-level node
 * @param timeLimitDays the default time limit for disclosure, in working days
 * @param position      the place among its siblings, from 0
 * @param description   optional
 * @param version       incremented by every change, for optimistic concurrency
 */
public record CatalogNode(long id, long organisationId, Long parentId, String name, OpennessClass opennessClass,
                          ColumnKind columnKind, int timeLimitDays, int position, String description, int version) {

    /** 条例 art. 26: within 20 working days of the information being made or changed. */
    public static final int DEFAULT_TIME_LIMIT_DAYS = 20;
    public static final int MAX_TIME_LIMIT_DAYS = 365;
    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_DESCRIPTION_LENGTH = 1000;
}
