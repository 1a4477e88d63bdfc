package org.gongkai.opendata;

import org.gongkai.platform.Zones;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/** Counts public downloads per dataset and day (V94); nothing about who downloaded is kept. */
@Component
class DownloadCounter {

    private final JdbcClient jdbc;
    private final Clock clock;

    DownloadCounter(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void count(long datasetId) {
        jdbc.sql("""
                        insert into od_download_day (dataset_id, day, downloads) values (?, ?, 1)
                        on conflict (dataset_id, day) do update set downloads = od_download_day.downloads + 1""")
                .params(datasetId, LocalDate.ofInstant(clock.instant(), Zones.CHINA)).update();
    }
}
