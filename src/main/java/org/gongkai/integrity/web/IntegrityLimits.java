package org.gongkai.integrity.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Sizes and rates of the integrity pages ({@code gongkai.integrity.*}). */
@Component
class IntegrityLimits {

    final int maxPageBytes;
    final double bucketCapacity;
    final double refillPerSecond;

    IntegrityLimits(@Value("${gongkai.integrity.max-page-bytes:2097152}") int maxPageBytes,
                    @Value("${gongkai.integrity.mirror-check.burst:20}") double bucketCapacity,
                    @Value("${gongkai.integrity.mirror-check.per-hour:60}") double perHour) {
        this.maxPageBytes = maxPageBytes;
        this.bucketCapacity = bucketCapacity;
        this.refillPerSecond = perHour / 3600.0;
    }
}
