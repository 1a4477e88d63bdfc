package org.gongkai.document;

/**
 * Table 二, 第二十条第（一）项, for one kind of document: how many were issued (成文) in the period, how many were repealed
 * in it, and how many were in force at its end.
 */
public record KindCount(DocumentKind kind, long issued, long repealed, long inForce) {
}
