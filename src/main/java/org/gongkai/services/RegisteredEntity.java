package org.gongkai.services;

/** An entity in a plan's register; {@code contact} is for staff only. */
public record RegisteredEntity(long id, String code, String name, String category, String address, String contact) {
}
