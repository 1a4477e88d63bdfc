package org.gongkai.platform;

import java.time.ZoneId;

/** The platform's civil time zone: dates on documents and deadlines are Beijing dates. */
public final class Zones {
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private Zones() {
    }
}
