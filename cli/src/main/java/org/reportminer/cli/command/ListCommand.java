package org.reportminer.cli.command;

import java.util.List;
import org.reportminer.cli.CliEnv;
import org.reportminer.cli.ExitCodes;
import org.reportminer.cli.Services;
import org.reportminer.cli.app.CatalogUseCase;
import org.reportminer.cli.output.CatalogRenderer;
import org.reportminer.corpus.store.ReportSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code reportminer list}: the reports in the store. */
@Command(name = "list", mixinStandardHelpOptions = true, header = "List the reports in the store.",
        description = "One line per report: id, year, organisation, kind, size and title, ordered by year.")
public final class ListCommand extends BaseCommand {
    @Option(names = "--json", description = "Print a JSON array of report metadata.")
    private boolean json;

    public ListCommand(CliEnv env, Services services) {
        super(env, services);
    }

    @Override
    public Integer call() {
        List<ReportSummary> all = new CatalogUseCase().list(store.existing(env), progress());
        if (json) {
            printJson(all);
        } else {
            CatalogRenderer.list(all, env.display(store.resolve(env)), env.out());
        }
        return ExitCodes.OK;
    }
}
