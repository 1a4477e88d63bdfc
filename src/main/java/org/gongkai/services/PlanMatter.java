package org.gongkai.services;

/** An inspection matter (抽查事项) of a plan, with its legal basis. */
public record PlanMatter(long id, int position, String name, String basis) {
}
