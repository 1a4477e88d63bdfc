package org.gongkai.search;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.gongkai.platform.cli.GongkaiCommand;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;

/** {@code search-reindex}: rebuilds the search index from the database, with a progress bar. */
@Component
@Command(name = "search-reindex", mixinStandardHelpOptions = true,
        description = "Rebuild the search index from the published documents in the database, into a fresh index that "
                + "replaces the live one when complete. The web application may keep running: it searches the old index "
                + "meanwhile and follows the new one within a second of the end.")
class SearchReindexCommand implements GongkaiCommand {

    private final SearchIndexer indexer;

    SearchReindexCommand(SearchIndexer indexer) {
        this.indexer = indexer;
    }

    @Override
    public String name() {
        return "search-reindex";
    }

    @Override
    public String summary() {
        return "rebuild the search index from the database";
    }

    @Override
    public Integer call() {
        long started = System.nanoTime();
        long n;
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("search-reindex")
                .setInitialMax(indexer.publishedCount()).setStyle(ProgressBarStyle.ASCII).setUnit(" docs", 1)
                .build()) {
            n = indexer.rebuild(id -> bar.step());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("%d documents indexed in %.1f s%n", n, seconds);
        return 0;
    }
}
