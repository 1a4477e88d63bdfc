/**
 * Public participation (issue #19): messages from the public to an organisation (咨询 · 建议 · 投诉 · 领导信箱) with a
 * tracking number and query code, the staff inbox with its reply clock on the working-day calendar, the published
 * exchanges and their monthly statistics, and the {@link org.gongkai.inspection.QuestionBacklog} the site
 * self-inspection reads (ADR 0023). The writer's contact details never leave the back office.
 */
package org.gongkai.participation;
