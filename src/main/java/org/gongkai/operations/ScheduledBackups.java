package org.gongkai.operations;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.io.IOException;

/** The scheduled backup (web application only; {@code gongkai.backup.cron}, Beijing time; "-" switches it off). */
@Component
@ConditionalOnProperty(name = "gongkai.cli", havingValue = "false", matchIfMissing = true)
class ScheduledBackups {

    private static final Logger log = LoggerFactory.getLogger(ScheduledBackups.class);

    private final BackupService backups;

    ScheduledBackups(BackupService backups) {
        this.backups = backups;
    }

    @Scheduled(cron = "${gongkai.backup.cron:0 30 2 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "backup", lockAtMostFor = "PT6H")
    void run() {
        try {
            backups.backUpNow("schedule");
        } catch (IOException | RuntimeException e) {
            log.error("scheduled backup failed (recorded on /admin/operations/backups)", e);
        }
    }
}
