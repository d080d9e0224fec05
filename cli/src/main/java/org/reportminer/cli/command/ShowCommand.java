package org.reportminer.cli.command;

import java.util.concurrent.Callable;
import org.reportminer.cli.CliEnv;
import org.reportminer.cli.CliException;
import org.reportminer.cli.ExitCodes;
import org.reportminer.cli.Services;
import org.reportminer.corpus.model.Report;
import org.reportminer.corpus.store.ReportStore;
import org.reportminer.pipeline.render.MarkdownRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code reportminer show}: one stored report. */
@Command(name = "show", mixinStandardHelpOptions = true, header = "Show one stored report and what was extracted.",
        description = {"ID is a report id (or a unique prefix of 4+ characters) or the path the report was read from.",
            "Prints a readable outline; --json prints the stored record: id, source, mediaType, charset, bytes,",
            "sha256, title, org, year, kind, truncated, text, offsetMap and extraction."})
public final class ShowCommand implements Callable<Integer> {
    private final CliEnv env;
    private final Services services;

    @Mixin
    private StoreOption store;

    @Option(names = "--json", description = "Print the stored report as JSON.")
    private boolean json;

    @Parameters(paramLabel = "ID|PATH", description = "Report id, id prefix or source path.")
    private String ref;

    public ShowCommand(CliEnv env, Services services) {
        this.env = env;
        this.services = services;
    }

    @Override
    public Integer call() {
        Report r;
        try (ReportStore reports = ReportStore.openReadOnly(store.existing(env),
                line -> env.err().println("reportminer: " + line))) {
            String key = ref;
            if (!ref.isEmpty() && java.nio.file.Files.exists(env.resolve(java.nio.file.Path.of(ref)))) {
                key = env.resolve(java.nio.file.Path.of(ref)).toAbsolutePath().toString();
            }
            String k = key;
            r = reports.find(k).orElseThrow(() -> new CliException(ExitCodes.INPUT_PROBLEMS,
                    "no report " + ref + " in " + store.resolve(env) + " (see: reportminer list)"));
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, e.getMessage(), e);
        }
        if (json) {
            env.out().println(services.json().toJson(r));
        } else {
            env.out().printf("id %s  year %s  org %s  kind %s%nsource %s (%s%s, %d bytes%s)%n%n", r.id(), r.year(),
                    r.org(), r.kind(), r.source(), r.mediaType(), r.charset() == null ? "" : ", " + r.charset(),
                    r.bytes(), r.truncated() ? ", TRUNCATED at the write limit" : "");
            if (r.extraction() != null) {
                env.out().print(new MarkdownRenderer().render(r.extraction()));
            }
        }
        return 0;
    }
}
