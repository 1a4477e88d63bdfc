package org.gongkai.services;

/** An inspector in a plan's register (执法检查人员); {@code phone} is for staff only. */
public record RegisteredInspector(long id, String badge, String name, String unit, String phone) {
}
