package org.reportminer.cli.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.reportminer.cli.CliEnv;
import org.reportminer.cli.CliException;
import org.reportminer.cli.ExitCodes;
import org.reportminer.cli.Services;
import org.reportminer.cli.output.Progress;
import org.reportminer.cli.output.TextTable;
import org.reportminer.cli.work.BatchReader;
import org.reportminer.cli.work.IngestJob;
import org.reportminer.cli.work.InputFiles;
import org.reportminer.corpus.ingest.MetadataOverrides;
import org.reportminer.corpus.model.Problem;
import org.reportminer.corpus.model.ProblemKind;
import org.reportminer.corpus.model.Report;
import org.reportminer.corpus.store.PutOutcome;
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
public final class IngestCommand implements Callable<Integer> {
    private final CliEnv env;
    private final Services services;

    @Mixin
    private StoreOption store;

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

    public IngestCommand(CliEnv env, Services services) {
        this.env = env;
        this.services = services;
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
        Summary summary = new Summary();
        List<Path> existing = new ArrayList<>();
        for (Path p : paths) {
            Path resolved = env.resolve(p);
            if (Files.exists(resolved)) {
                existing.add(resolved);
            } else {
                Problem missing = new Problem(ProblemKind.IO, resolved.toString(), "no such file or folder");
                summary.failed.add(missing);
                env.err().println("reportminer: " + missing.line());
            }
        }
        Path storeDir = store.forWrite(env);
        if (existing.isEmpty()) {
            summary.print(env, json, services, storeDir);
            return ExitCodes.INPUT_PROBLEMS;
        }
        List<Path> files = InputFiles.expand(existing);
        if (files.isEmpty()) {
            throw new CliException(ExitCodes.INPUT_PROBLEMS, "no report files found under " + paths);
        }
        BatchReader reader = new BatchReader(services.ingester(), services.analysis(),
                threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors());
        if (!store.exists(env)) {
            env.err().println("creating store " + env.display(storeDir));
        }
        try (Progress progress = Progress.start("ingest", files.size(), env.tty(), env.err())) {
            new IngestJob(reader, services.segmenter()).run(files, overrides, storeDir,
                    new IngestJob.Listener() {
                        @Override
                        public void stored(PutOutcome outcome, Report r) {
                            summary.add(outcome, r);
                            progress.step(outcome.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + r.id()
                                    + " " + Path.of(r.source()).getFileName());
                        }

                        @Override
                        public void failed(Problem problem) {
                            summary.failed.add(problem);
                            progress.note("reportminer: " + problem.line());
                            progress.step("failed " + problem.source());
                        }

                        @Override
                        public void notice(String line) {
                            progress.note("reportminer: " + line);
                        }

                        @Override
                        public void repaired(int indexed, int removed) {
                            summary.repairedIndexed = indexed;
                            summary.repairedRemoved = removed;
                        }
                    });
        }
        summary.print(env, json, services, storeDir);
        return summary.failed.isEmpty() ? ExitCodes.OK : ExitCodes.INPUT_PROBLEMS;
    }

    /** What happened to each input, for the closing summary. */
    private static final class Summary {
        final List<Map<String, Object>> reports = new ArrayList<>();
        final List<Problem> failed = new ArrayList<>();
        int added;
        int unchanged;
        int replaced;
        int duplicates;
        int truncated;
        int repairedIndexed;
        int repairedRemoved;

        void add(PutOutcome outcome, Report r) {
            if (r.truncated()) {
                truncated++;
            }
            switch (outcome.kind()) {
                case ADDED -> added++;
                case UNCHANGED -> unchanged++;
                case REPLACED -> replaced++;
                case DUPLICATE -> duplicates++;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", r.id());
            row.put("outcome", outcome.kind().name().toLowerCase(java.util.Locale.ROOT));
            row.put("replacedId", outcome.replacedId());
            row.put("duplicateOf", outcome.kind() == PutOutcome.Kind.DUPLICATE ? outcome.id() : null);
            row.put("source", r.source());
            row.put("title", r.title());
            row.put("year", r.year());
            row.put("kind", r.kind());
            row.put("findings", r.extraction() == null ? 0 : r.extraction().findings().size());
            row.put("measures", r.extraction() == null ? 0 : r.extraction().measures().size());
            row.put("counts", r.extraction() == null ? 0 : r.extraction().counts().size());
            row.put("failedChecks", r.extraction() == null ? 0
                    : r.extraction().checks().stream().filter(c -> !c.ok()).count());
            row.put("truncated", r.truncated());
            reports.add(row);
        }

        void print(CliEnv env, boolean json, Services services, Path storeDir) {
            if (json) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("store", storeDir.toString());
                out.put("added", added);
                out.put("unchanged", unchanged);
                out.put("replaced", replaced);
                out.put("duplicates", duplicates);
                out.put("failed", failed.size());
                out.put("truncated", truncated);
                out.put("indexRepaired", Map.of("indexed", repairedIndexed, "removed", repairedRemoved));
                out.put("reports", reports);
                out.put("problems", failed);
                env.out().println(services.json().toJson(out));
                return;
            }
            TextTable t = new TextTable(List.of("id", "outcome", "year", "findings", "measures", "counts", "checks",
                    "title"), 0, 0, 0, 0, 0, 0, 0, 44);
            for (Map<String, Object> r : reports) {
                long bad = (Long) r.get("failedChecks");
                t.row(r.get("id"), r.get("outcome") + (r.get("replacedId") != null ? " " + r.get("replacedId") : "")
                        + (r.get("duplicateOf") != null ? " of " + r.get("duplicateOf") : "")
                        + (Boolean.TRUE.equals(r.get("truncated")) ? " (truncated)" : ""),
                        r.get("year"), r.get("findings"), r.get("measures"), r.get("counts"),
                        bad == 0 ? "ok" : bad + " failed", r.get("title") != null ? r.get("title")
                                : Path.of((String) r.get("source")).getFileName());
            }
            t.print(env.out());
            env.out().printf("%d added, %d unchanged, %d replaced, %d duplicate%s, %d failed%s — store %s%n", added,
                    unchanged, replaced, duplicates, duplicates == 1 ? "" : "s", failed.size(),
                    truncated > 0 ? ", " + truncated + " truncated" : "", env.display(storeDir));
            if (truncated > 0) {
                env.out().println("truncated: the text of " + (truncated == 1 ? "1 report was" : truncated
                        + " reports were") + " cut at the write limit; only the part kept is searched and extracted");
            }
            if (repairedIndexed > 0 || repairedRemoved > 0) {
                env.out().println("index repaired: " + repairedIndexed + " missing report" + (repairedIndexed == 1 ? ""
                        : "s") + " indexed, " + repairedRemoved + " stale entr" + (repairedRemoved == 1 ? "y" : "ies")
                        + " removed");
            }
            for (Problem p : failed) {
                env.out().println("failed: " + p.line() + " [" + p.kind() + "]");
            }
        }
    }
}
