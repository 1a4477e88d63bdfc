/**
 * Administrative reconsideration (行政复议) and litigation (行政诉讼) about decisions on applications for disclosure:
 * the records, their pages, and the figures of table 四 of the annual report ({@link org.gongkai.challenge.ChallengeFacts}).
 * Uses the application module through its public face only ({@code ApplicationCases}, {@code ApplicationPageSection}).
 */
package org.gongkai.challenge;
