package org.reportminer.cli.command;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.reportminer.cli.CliEnv;
import org.reportminer.cli.ExitCodes;
import org.reportminer.cli.Services;
import org.reportminer.cli.output.Progress;
import org.reportminer.cli.output.TextTable;
import org.reportminer.corpus.ingest.IngestResult;
import org.reportminer.corpus.model.Report;
import org.reportminer.corpus.store.ReportStore;
import org.reportminer.corpus.store.ReportSummary;
import org.reportminer.index.write.ReportIndexer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code reportminer reindex}: rebuild the index from the stored JSON. */
@Command(name = "reindex", mixinStandardHelpOptions = true, header = "Rebuild the search index from the store.",
        description = {"Deletes every index document and indexes each stored report again, in one commit, so the",
            "index and the store agree afterwards (after a crash, or after changing the dictionary). An index too",
            "damaged to open is moved aside to index.broken-<time> and a new one is built; a report file that cannot",
            "be read is moved to the store's quarantine/ folder. Both are said on stderr.",
            "--extract also re-runs extraction on the stored text (after upgrading reportminer)."})
public final class ReindexCommand implements Callable<Integer> {
    private final CliEnv env;
    private final Services services;

    @Mixin
    private StoreOption store;

    @Option(names = "--extract", description = "Re-extract each stored report before indexing it.")
    private boolean extract;

    public ReindexCommand(CliEnv env, Services services) {
        this.env = env;
        this.services = services;
    }

    @Override
    public Integer call() throws IOException {
        int n = 0;
        int refused = 0;
        int failed = 0;
        Path index = store.index(env);
        try (ReportStore reports = ReportStore.openForWrite(store.existing(env), this::notice);
             ReportIndexer indexer = ReportIndexer.openEmpty(index, services.segmenter(), this::notice)) {
            var all = reports.list();
            try (Progress progress = Progress.start("reindex", all.size(), env.tty(), env.err())) {
                for (ReportSummary s : all) {
                    // an unusable report file is quarantined by find (with a notice) and left out
                    Optional<Report> stored = reports.find(s.id());
                    if (stored.isEmpty()) {
                        progress.step(s.id() + " skipped");
                        continue;
                    }
                    Report r = stored.get();
                    if (extract || r.extraction() == null) {
                        // stored metadata (given by the user or found before) is kept; the extraction is fresh
                        IngestResult analysed = services.analysis().analyse(r);
                        if (analysed instanceof IngestResult.Ingested in) {
                            r = in.report();
                            reports.update(r);
                        } else {
                            // the stored report stays as it was and is indexed so; the file is named here
                            failed++;
                            progress.note("reportminer: " + analysed.asProblem().orElseThrow().line());
                        }
                    }
                    try {
                        indexer.index(r);
                        n++;
                    } catch (RuntimeException e) {
                        // the index refused this one report (the writer is fine: a fatal error is an IOException)
                        refused++;
                        progress.note("reportminer: " + r.source() + ": stored as " + r.id()
                                + ", but the index refused it: "
                                + TextTable.cut(String.valueOf(e.getMessage()).replaceAll("\\s+", " "), 160));
                    }
                    progress.step(s.id() + " " + (s.title() == null ? "" : s.title()));
                }
            }
            indexer.commit();
        }
        env.out().println("reindexed " + n + " report" + (n == 1 ? "" : "s") + " into " + env.display(index)
                + (refused > 0 ? "; " + refused + " refused (see above)" : "")
                + (failed > 0 ? "; " + failed + " kept their stored extraction (see above)" : ""));
        return refused > 0 || failed > 0 ? ExitCodes.INPUT_PROBLEMS : ExitCodes.OK;
    }

    private void notice(String line) {
        env.err().println("reportminer: " + line);
        env.err().flush();
    }
}
