/**
 * Public consultation on a draft decision (意见征集, ADR 0024): the draft by passage, comments from the public during
 * the open period, their moderation, the decision on each comment and the adoption report (采纳情况) that traces
 * every change of the text to the comments behind it. Public pages show a consultation only once published.
 */
package org.gongkai.consultation;
