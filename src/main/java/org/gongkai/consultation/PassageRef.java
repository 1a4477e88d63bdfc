package org.gongkai.consultation;

/** Where a passage sits: its version's number (and whether that is the final text) and its position in it. */
record PassageRef(long id, int version, int position, boolean fin) {
}
