package org.reportminer.cli.command;

import java.io.IOException;
import org.reportminer.cli.CliEnv;
import org.reportminer.cli.ExitCodes;
import org.reportminer.cli.Services;
import org.reportminer.cli.app.ReindexUseCase;
import picocli.CommandLine.Command;
import java.util.Optional;
import org.reportminer.index.backend.SolrTarget;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code reportminer reindex}: rebuild the index from the stored JSON. */
@Command(name = "reindex", mixinStandardHelpOptions = true, header = "Rebuild the search index from the store.",
        description = {"Deletes every index document and indexes each stored report again, in one commit, so the",
            "index and the store agree afterwards (after a crash, or after changing the dictionary). An index too",
            "damaged to open is moved aside to index.broken-<time> and a new one is built; a report file that cannot",
            "be read is moved to the store's quarantine/ folder. Both are said on stderr.",
            "--extract also re-runs extraction on the stored text (after upgrading reportminer)."})
public final class ReindexCommand extends BaseCommand {
    @Option(names = "--extract", description = "Re-extract each stored report before indexing it.")
    private boolean extract;

    @Mixin
    private SolrOption solr;

    public ReindexCommand(CliEnv env, Services services) {
        super(env, services);
    }

    @Override
    public Integer call() throws IOException {
        Optional<SolrTarget> target = solr.target(env);
        ReindexUseCase.Outcome done = new ReindexUseCase(services).reindex(store.existing(env), extract, progress(),
                target.orElse(null));
        int n = done.indexed();
        env.out().println("reindexed " + n + " report" + (n == 1 ? "" : "s") + " into " + (done.index() == null ? target.orElseThrow().toString()
                : env.display(done.index()))
                + (done.refused() > 0 ? "; " + done.refused() + " refused (see above)" : "")
                + (done.failed() > 0 ? "; " + done.failed() + " kept their stored extraction (see above)" : ""));
        return done.refused() > 0 || done.failed() > 0 ? ExitCodes.INPUT_PROBLEMS : ExitCodes.OK;
    }
}
