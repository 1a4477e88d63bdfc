package org.gongkai.application;

/** The information asked for: a description that lets the office find it, optionally its name and 文号. */
record RequestedInfo(String description, String name, String documentNumber, String purpose) {
}
