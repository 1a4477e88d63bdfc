/**
 * Universities' disclosure list (高等学校信息公开事项清单, 教办函〔2014〕23号; issue 21, ADR 0037): the list's
 * categories and items as data ({@link org.gongkai.university.DisclosureList}), each university's board of what
 * satisfies every item, who answers for it and its clock, missing and overdue items flagged for staff, the
 * university's public page and the organisations above it (ranked by missing items).
 */
package org.gongkai.university;
