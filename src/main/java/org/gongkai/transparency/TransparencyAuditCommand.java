package org.gongkai.transparency;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.gongkai.platform.cli.GongkaiCommand;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;

import java.io.PrintStream;

/** {@code transparency-audit}: recomputes the log from the database; 0 when intact, 1 naming the first mismatch. */
@Component
@Command(name = "transparency-audit", mixinStandardHelpOptions = true,
        description = "Recomputes every leaf, content hash and signed head of the transparency log from the database.")
class TransparencyAuditCommand implements GongkaiCommand {

    private final LogAuditor auditor;
    private PrintStream out = System.out;
    private boolean progressBar = true;

    TransparencyAuditCommand(LogAuditor auditor) {
        this.auditor = auditor;
    }

    @Override
    public String name() {
        return "transparency-audit";
    }

    @Override
    public String summary() {
        return "recompute the transparency log from the database and report the first mismatch";
    }

    void printTo(PrintStream stream) {
        this.out = stream;
        this.progressBar = false;
    }

    @Override
    public Integer call() {
        LogAuditor.Result r;
        if (progressBar) {
            try (ProgressBar bar = new ProgressBarBuilder().setTaskName("transparency-audit")
                    .setInitialMax(auditor.size()).setStyle(ProgressBarStyle.ASCII).setUnit(" leaves", 1).build()) {
                r = auditor.audit(bar::stepTo);
            }
        } else {
            r = auditor.audit(n -> { });
        }
        if (r.intact()) {
            out.printf("transparency log intact: %d leaves, %d editions' content recomputed, %d signed heads checked%n",
                    r.leaves(), r.contentChecked(), r.headsChecked());
            return 0;
        }
        out.printf("transparency log MISMATCH at %d: %s%n", r.firstBad(), r.problem());
        return 1;
    }
}
