package org.gongkai.operations;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A text progress bar on the console for the operator commands (tables, then files). */
final class ConsoleProgress implements BackupWriter.Progress, AutoCloseable {

    private final String task;
    private ProgressBar bar;

    ConsoleProgress(String task) {
        this.task = task;
    }

    @Override
    public void steps(long total) {
        bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                .setUnit(" steps", 1).build();
    }

    @Override
    public void done(String what) {
        if (bar != null) {
            bar.step();
            bar.setExtraMessage(what.length() > 40 ? "…" + what.substring(what.length() - 39) : what);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
