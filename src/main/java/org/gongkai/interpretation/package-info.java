/**
 * Policy interpretation (政策解读, ADR 0024): a document that interprets an edition of a published policy document,
 * in one of the forms the founding policy names, with who interprets it (第一解读人). The public side reads it only
 * through {@link org.gongkai.interpretation.PublicInterpretations}, which answers nothing unless both documents are
 * public; it adds its column to the sites as a {@code portal.SiteContribution} and tells the portal what changed with
 * {@code portal.SiteContentChanged}.
 */
package org.gongkai.interpretation;
