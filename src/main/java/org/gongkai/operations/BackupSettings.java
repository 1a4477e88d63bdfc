package org.gongkai.operations;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Scheduled backups ({@code gongkai.backup.*}).
 *
 * @param dir  where scheduled archives go; empty: {@code <data dir>/backups} (better: another disk)
 * @param cron when (Beijing time); "-" switches scheduled backups off
 * @param keep how many scheduled archives are kept; older ones are deleted after a successful backup
 */
@ConfigurationProperties(prefix = "gongkai.backup")
record BackupSettings(String dir, @DefaultValue("0 30 2 * * *") String cron, @DefaultValue("7") int keep) {
}
