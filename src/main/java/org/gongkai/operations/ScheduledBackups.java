package org.gongkai.operations;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.io.IOException;

/**
 * The scheduled backup (web application only; {@code gongkai.backup.cron}, Beijing time; "-" switches it off). An
 * operator command ({@code gongkai.cli}) never runs it, decided when it fires: Spring AOT fixes {@code @Conditional}
 * decisions at build time (ADR 0035).
 */
@Component
class ScheduledBackups {

    private static final Logger log = LoggerFactory.getLogger(ScheduledBackups.class);

    private final BackupService backups;
    private final boolean operatorCommand;

    ScheduledBackups(BackupService backups, @Value("${gongkai.cli:false}") boolean operatorCommand) {
        this.backups = backups;
        this.operatorCommand = operatorCommand;
    }

    @Scheduled(cron = "${gongkai.backup.cron:0 30 2 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "backup", lockAtMostFor = "PT6H")
    void run() {
        if (operatorCommand) {
            return;
        }
        try {
            backups.backUpNow("schedule");
        } catch (IOException | RuntimeException e) {
            log.error("scheduled backup failed (recorded on /admin/operations/backups)", e);
        }
    }
}
