package org.reportminer.cli.command;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.reportminer.cli.CliEnv;
import org.reportminer.cli.CliException;
import org.reportminer.cli.ExitCodes;
import org.reportminer.cli.Services;
import org.reportminer.cli.app.IngestRequest;
import org.reportminer.cli.app.IngestSummary;
import org.reportminer.cli.app.IngestUseCase;
import org.reportminer.cli.output.IngestRenderer;
import org.reportminer.corpus.ingest.MetadataOverrides;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code reportminer ingest}: read report files into the store, extract them and index them. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        header = "Read report files into the store, extract and index them.",
        description = {
            "Reads .txt (UTF-8, UTF-16, GBK/GB18030), .docx, .doc, .wps, .odt, .rtf, .pdf, .html, .mht and .ofd files",
            "and folders (recursively). Each report is normalised, extracted (sections, findings, measures, counts,",
            "checks), stored as JSON keyed by content hash and indexed for search. Re-ingesting the same file is a",
            "no-op; a changed file at the same path replaces its old version. A file that cannot be read is reported",
            "on stderr and listed in the summary; the others are ingested. Metadata for masked or undated reports:",
            "--org/--year/--kind, or a sidecar NAME.meta.json beside the file ({\"org\":..,\"year\":..,\"kind\":..})."})
public final class IngestCommand extends BaseCommand {
    @Option(names = "--org", paramLabel = "ORG",
            description = "Organisation of every report in this run (at most 100 characters).")
    private String org;

    @Option(names = "--year", paramLabel = "YEAR", description = "Year of every report in this run (1949 to next year).")
    private Integer year;

    @Option(names = "--kind", paramLabel = "KIND",
            description = "Report kind, e.g. 巡察整改进展情况 (at most 100 characters).")
    private String kind;

    @Option(names = "--threads", paramLabel = "N", description = "Files read in parallel (default: CPU cores).")
    private Integer threads;

    @Option(names = "--json", description = "Print the summary as JSON.")
    private boolean json;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Report files or folders.")
    private List<Path> paths;

    @Mixin
    private SolrOption solr;

    public IngestCommand(CliEnv env, Services services) {
        super(env, services);
    }

    @Override
    public Integer call() throws IOException {
        MetadataOverrides overrides;
        try {
            // Checked before anything is written: a bad value is a usage error, never a store full of it.
            overrides = MetadataOverrides.fromOptions(org, year, kind);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, e.getMessage(), e);
        }
        IngestRequest request = new IngestRequest(paths, env.workDir(), store.forWrite(env), overrides,
                threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors(),
                solr.target(env).orElse(null));
        IngestSummary summary = new IngestUseCase(services).ingest(request, progress());
        if (json) {
            printJson(IngestRenderer.json(summary));
        } else {
            IngestRenderer.print(summary, env.out(), env::display);
        }
        return summary.failures().isEmpty() ? ExitCodes.OK : ExitCodes.INPUT_PROBLEMS;
    }
}
