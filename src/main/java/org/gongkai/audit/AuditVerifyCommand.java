package org.gongkai.audit;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.gongkai.platform.cli.GongkaiCommand;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;

import java.io.PrintStream;

/**
 * {@code audit-verify}: checks the hash chain; exit code 0 when intact, 1 naming the first broken entry. Says which
 * key (fingerprint and file) verified the keyed entries and how many older entries carry plain SHA-256 hashes.
 */
@Component
@Command(name = "audit-verify", mixinStandardHelpOptions = true,
        description = "Verifies the audit log's hash chain and names the first broken entry.")
class AuditVerifyCommand implements GongkaiCommand {

    private final AuditChainVerifier verifier;
    private PrintStream out = System.out;

    AuditVerifyCommand(AuditChainVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public String name() {
        return "audit-verify";
    }

    @Override
    public String summary() {
        return "verify the audit log's hash chain";
    }

    void printTo(PrintStream stream) {
        this.out = stream;
    }

    @Override
    public Integer call() {
        AuditChainVerifier.Result result;
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("audit-verify").setInitialMax(verifier.count())
                .setStyle(ProgressBarStyle.ASCII).setUnit(" entries", 1).build()) {
            result = verifier.verify(checked -> {
                if (checked > bar.getMax()) {
                    bar.maxHint(checked); // entries appended while we walk
                }
                bar.stepTo(checked);
            });
            bar.stepTo(result.checked());
        }
        if (result.intact()) {
            out.printf("audit log intact: %d entries, chain verified: %s%n", result.checked(), result.mode());
            return 0;
        }
        out.printf("audit log BROKEN at entry %d (%s): %s%n", result.firstBrokenId(), result.problem(), result.detail());
        out.printf("verified before the break: %s%n", result.mode());
        return 1;
    }
}
