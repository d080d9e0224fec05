package org.reportminer.cli.command;

import org.reportminer.cli.CliEnv;
import org.reportminer.cli.ExitCodes;
import org.reportminer.cli.Services;
import org.reportminer.cli.app.CatalogUseCase;
import org.reportminer.cli.output.CatalogRenderer;
import org.reportminer.corpus.model.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code reportminer show}: one stored report. */
@Command(name = "show", mixinStandardHelpOptions = true, header = "Show one stored report and what was extracted.",
        description = {"ID is a report id (or a unique prefix of 4+ characters) or the path the report was read from.",
            "Prints a readable outline; --json prints the stored record: id, source, mediaType, charset, bytes,",
            "sha256, title, org, year, kind, truncated, text, offsetMap and extraction."})
public final class ShowCommand extends BaseCommand {
    @Option(names = "--json", description = "Print the stored report as JSON.")
    private boolean json;

    @Parameters(paramLabel = "ID|PATH", description = "Report id, id prefix or source path.")
    private String ref;

    public ShowCommand(CliEnv env, Services services) {
        super(env, services);
    }

    @Override
    public Integer call() {
        Report r = new CatalogUseCase().show(store.existing(env), ref, env.workDir(), progress());
        if (json) {
            printJson(r);
        } else {
            CatalogRenderer.show(r, env.out());
        }
        return ExitCodes.OK;
    }
}
