/**
 * Enrollment (招生入学) as data, first school districts (学区划分): each county's zoning for an effective year, its
 * schools' districts as address rules, their import and editing by staff, publication under a decision, and the
 * public look-up "which school serves this address" (ADR 0025). Published zonings are final and read by the public
 * through {@link org.gongkai.enrollment.PublishedZoning}.
 */
package org.gongkai.enrollment;
