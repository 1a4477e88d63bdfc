package org.gongkai.services;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** One edition of a service's guide (办事指南), as drafted or as published (then never changed). */
public record ServiceGuide(long id, long serviceId, long organisationId, String code, int editionNo, String name,
                           String basis, String conditions, String steps, String timeLimit, String fees,
                           String feeBasis, String placeTime, String onlineUrl, String consultation, String complaint,
                           String changeNote, boolean published, Instant updatedAt, Instant publishedAt, int version)
        implements VersionedItems.Edition {

    /** The guide's texts by element name, in the order the page shows them (the completeness check reads these). */
    public Map<String, String> texts() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("basis", basis);
        m.put("conditions", conditions);
        m.put("steps", steps);
        m.put("timeLimit", timeLimit);
        m.put("fees", fees);
        m.put("feeBasis", feeBasis);
        m.put("placeTime", placeTime);
        m.put("onlineUrl", onlineUrl);
        m.put("consultation", consultation);
        m.put("complaint", complaint);
        return m;
    }
}
