package org.gongkai.services;

import java.util.List;

/** The n-th drawn entity with the inspectors drawn for it and its result, if any. */
public record DrawnEntity(int position, RegisteredEntity entity, List<RegisteredInspector> inspectors,
                          InspectionResult result) {
}
