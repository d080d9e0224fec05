package org.reportminer.cli.command;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.reportminer.cli.CliEnv;
import org.reportminer.cli.Services;
import org.reportminer.cli.output.TextTable;
import org.reportminer.corpus.store.ReportStore;
import org.reportminer.corpus.store.ReportSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code reportminer list}: the reports in the store. */
@Command(name = "list", mixinStandardHelpOptions = true, header = "List the reports in the store.",
        description = "One line per report: id, year, organisation, kind, size and title, ordered by year.")
public final class ListCommand implements Callable<Integer> {
    private final CliEnv env;
    private final Services services;

    @Mixin
    private StoreOption store;

    @Option(names = "--json", description = "Print a JSON array of report metadata.")
    private boolean json;

    public ListCommand(CliEnv env, Services services) {
        this.env = env;
        this.services = services;
    }

    @Override
    public Integer call() {
        List<ReportSummary> all;
        try (ReportStore reports = ReportStore.openReadOnly(store.existing(env),
                line -> env.err().println("reportminer: " + line))) {
            all = reports.list().stream()
                    .sorted(Comparator.comparing((ReportSummary s) -> s.year() == null ? 0 : s.year())
                            .thenComparing(ReportSummary::source))
                    .toList();
        }
        if (json) {
            env.out().println(services.json().toJson(all));
            return 0;
        }
        TextTable t = new TextTable(List.of("id", "year", "org", "kind", "chars", "title"), 0, 0, 20, 24, 0, 40);
        all.forEach(s -> t.row(s.id(), s.year(), s.org(), s.kind(), s.chars(), s.title()));
        t.print(env.out());
        env.out().println(all.size() + " report" + (all.size() == 1 ? "" : "s") + " in " + env.display(store.resolve(env)));
        return 0;
    }
}
