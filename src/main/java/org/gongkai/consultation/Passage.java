package org.gongkai.consultation;

/** One passage (article or paragraph) of the draft, numbered from 1. */
record Passage(long id, int position, String body) {
}
