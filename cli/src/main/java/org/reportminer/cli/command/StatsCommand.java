package org.reportminer.cli.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.reportminer.cli.CliEnv;
import org.reportminer.cli.CliException;
import org.reportminer.cli.ExitCodes;
import org.reportminer.cli.Services;
import org.reportminer.cli.output.TextTable;
import org.reportminer.index.search.IndexStats;
import org.reportminer.index.search.ReportSearcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code reportminer stats}: what the index holds. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        header = "Count reports, findings, measures and counts by year, org and kind.")
public final class StatsCommand implements Callable<Integer> {
    private final CliEnv env;
    private final Services services;

    @Mixin
    private StoreOption store;

    @Option(names = "--json", description = "Print the statistics as JSON.")
    private boolean json;

    public StatsCommand(CliEnv env, Services services) {
        this.env = env;
        this.services = services;
    }

    @Override
    public Integer call() throws IOException {
        Path index = store.index(env);
        if (!Files.isDirectory(index)) {
            throw new CliException(ExitCodes.INPUT_PROBLEMS, "no index at " + index + "; ingest reports first");
        }
        IndexStats s;
        try (ReportSearcher searcher = ReportSearcher.open(index, services.segmenter())) {
            s = searcher.stats();
        } catch (NoSuchFileException e) {
            throw new CliException(ExitCodes.INPUT_PROBLEMS, e.getMessage(), e);
        }
        if (json) {
            env.out().println(services.json().toJson(s));
            return 0;
        }
        TextTable t = new TextTable(List.of("level", "total", "by year", "by org", "by kind"), 0, 0, 40, 40, 40);
        row(t, "reports", s.reports());
        row(t, "sections", s.sections());
        row(t, "findings", s.findings());
        row(t, "measures", s.measures());
        row(t, "counts", s.counts());
        t.print(env.out());
        return 0;
    }

    private static void row(TextTable t, String name, IndexStats.LevelStats l) {
        t.row(name, l.total(), join(l.byYear()), join(l.byOrg()), join(l.byKind()));
    }

    private static String join(Map<String, Integer> m) {
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
        return sb.toString();
    }
}
