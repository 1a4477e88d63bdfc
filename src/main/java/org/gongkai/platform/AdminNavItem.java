package org.gongkai.platform;

import java.util.Set;

/**
 * An entry of the back office's navigation. Each module declares its own as a bean, so the layout never
 * needs to know the modules. {@code roles} are role names; an empty set shows the entry to all staff.
 */
public record AdminNavItem(String labelKey, String path, int order, Set<String> roles) {
}
