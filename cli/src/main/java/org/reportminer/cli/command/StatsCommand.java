package org.reportminer.cli.command;

import java.io.IOException;
import org.reportminer.cli.CliEnv;
import org.reportminer.cli.ExitCodes;
import org.reportminer.cli.Services;
import org.reportminer.cli.app.StatsOutcome;
import org.reportminer.cli.app.StatsUseCase;
import org.reportminer.cli.output.StatsRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code reportminer stats}: what the index holds. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        header = "Count reports, findings, measures and counts by year, org and kind.",
        description = {"Counts what the index holds, and says when it disagrees with the store (reports stored but",
            "not searchable after an interrupted run, or indexed but no longer stored) and how to fix it."})
public final class StatsCommand extends BaseCommand {
    @Option(names = "--json", description = "Print the statistics as JSON.")
    private boolean json;

    @Mixin
    private SolrOption solr;

    public StatsCommand(CliEnv env, Services services) {
        super(env, services);
    }

    @Override
    public Integer call() throws IOException {
        StatsOutcome outcome = new StatsUseCase(services).stats(store.existing(env), progress(),
                solr.target(env).orElse(null));
        if (json) {
            printJson(StatsRenderer.json(outcome));
        } else {
            StatsRenderer.print(outcome, env.out());
        }
        return ExitCodes.OK;
    }
}
