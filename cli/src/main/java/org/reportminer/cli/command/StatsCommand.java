package org.reportminer.cli.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.reportminer.cli.CliEnv;
import org.reportminer.cli.CliException;
import org.reportminer.cli.ExitCodes;
import org.reportminer.cli.Services;
import org.reportminer.cli.output.TextTable;
import org.reportminer.corpus.store.ReportStore;
import org.reportminer.index.search.IndexStats;
import org.reportminer.index.search.ReportSearcher;
import org.reportminer.index.write.IndexedReports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code reportminer stats}: what the index holds. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        header = "Count reports, findings, measures and counts by year, org and kind.",
        description = {"Counts what the index holds, and says when it disagrees with the store (reports stored but",
            "not searchable after an interrupted run, or indexed but no longer stored) and how to fix it."})
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
            throw new CliException(ExitCodes.INPUT_PROBLEMS, "no index at " + index
                    + "; ingest reports first (reportminer ingest PATH) or run reportminer reindex");
        }
        IndexStats s;
        try (ReportSearcher searcher = ReportSearcher.open(index, services.segmenter())) {
            s = searcher.stats();
        } catch (NoSuchFileException e) {
            throw new CliException(ExitCodes.INPUT_PROBLEMS, e.getMessage(), e);
        }
        Consistency c = consistency(index);
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("reports", s.reports());
            out.put("sections", s.sections());
            out.put("findings", s.findings());
            out.put("measures", s.measures());
            out.put("counts", s.counts());
            out.put("consistency", c);
            env.out().println(services.json().toJson(out));
            return 0;
        }
        TextTable t = new TextTable(List.of("level", "total", "by year", "by org", "by kind"), 0, 0, 40, 40, 40);
        row(t, "reports", s.reports());
        row(t, "sections", s.sections());
        row(t, "findings", s.findings());
        row(t, "measures", s.measures());
        row(t, "counts", s.counts());
        t.print(env.out());
        if (c.warning() != null) {
            env.out().println(c.warning());
        }
        return 0;
    }

    /**
     * Whether the index holds exactly the stored reports.
     *
     * @param storedReports    reports in the store
     * @param indexedReports   reports in the index
     * @param notSearchable    stored reports the index lacks: search cannot find them
     * @param noLongerStored   indexed reports the store no longer holds: search finds what {@code show} cannot
     * @param inStep           whether both are zero
     * @param warning          what is wrong and how to fix it, or {@code null} when in step
     */
    record Consistency(int storedReports, int indexedReports, int notSearchable, int noLongerStored, boolean inStep,
                       String warning) {
    }

    private Consistency consistency(Path index) throws IOException {
        Set<String> indexed = IndexedReports.read(index);
        Set<String> stored;
        try (ReportStore reports = ReportStore.openReadOnly(store.resolve(env),
                line -> env.err().println("reportminer: " + line))) {
            stored = reports.ids();
        }
        int notSearchable = (int) stored.stream().filter(id -> !indexed.contains(id)).count();
        int noLongerStored = (int) indexed.stream().filter(id -> !stored.contains(id)).count();
        String warning = null;
        if (notSearchable > 0 || noLongerStored > 0) {
            List<String> parts = new ArrayList<>();
            if (notSearchable > 0) {
                parts.add(notSearchable + " stored report" + (notSearchable == 1 ? " is" : "s are") + " not searchable");
            }
            if (noLongerStored > 0) {
                parts.add(noLongerStored + " indexed report" + (noLongerStored == 1 ? " is" : "s are")
                        + " no longer in the store");
            }
            warning = "index lags the store: " + String.join(", ", parts)
                    + " — run `reportminer reindex`, or ingest again, to bring the index up to date";
        }
        return new Consistency(stored.size(), indexed.size(), notSearchable, noLongerStored, warning == null, warning);
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
