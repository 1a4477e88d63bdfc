package org.gongkai.demo;

import org.gongkai.platform.cli.GongkaiCommand;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code screening-bench}: screening throughput in MB/s on generated documents, beside a one-regex baseline. */
@Component
@Command(name = "screening-bench", mixinStandardHelpOptions = true,
        description = "Measure screening throughput (MB/s) on generated Chinese documents with personal data.")
class ScreeningBenchCommand implements GongkaiCommand {

    @Option(names = "--mb", defaultValue = "50", description = "size of the generated document set in MB (UTF-8)")
    int megabytes;

    @Override
    public String name() {
        return "screening-bench";
    }

    @Override
    public String summary() {
        return "measure screening throughput in MB/s";
    }

    @Override
    public Integer call() {
        ScreeningBenchmark.run(megabytes, System.out);
        return 0;
    }
}
