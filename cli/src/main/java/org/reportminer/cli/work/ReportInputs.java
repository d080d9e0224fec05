package org.reportminer.cli.work;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.reportminer.corpus.ingest.IngestResult;
import org.reportminer.corpus.ingest.Ingester;
import org.reportminer.corpus.ingest.MetadataOverrides;
import org.reportminer.corpus.model.Problem;
import org.reportminer.corpus.model.ProblemKind;
import org.reportminer.corpus.model.Report;
import org.reportminer.corpus.store.ReportStore;

/**
 * Turns {@code FILE|ID} arguments into extracted reports: an existing file (or folder) is read and extracted on the
 * spot; anything else is looked up in the store by id, id prefix or source path. Failures are collected, never
 * thrown, so one bad argument does not stop the others.
 */
public final class ReportInputs {
    private final Ingester ingester;
    private final Function<Report, IngestResult> analyse;

    /**
     * @param analyse extracts one report, or returns the problem that stopped it
     *                ({@link org.reportminer.pipeline.ReportAnalyser#analyse})
     */
    public ReportInputs(Ingester ingester, Function<Report, IngestResult> analyse) {
        this.ingester = ingester;
        this.analyse = analyse;
    }

    /**
     * The reports and the problems, in argument order.
     *
     * @param notices one line per stored report whose corrections no longer all attach (orphaned corrections)
     */
    public record Resolved(List<Report> reports, List<Problem> problems, List<String> notices) {
    }

    /**
     * @param args  the arguments as given
     * @param base  directory relative paths resolve against
     * @param store the store to look ids up in (opened read-only only when an argument is not a file)
     */
    public Resolved resolve(List<String> args, Path base, Path store) {
        List<Report> reports = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (String arg : args) {
            Path p = base.resolve(arg).normalize();
            if (Files.exists(p)) {
                for (Path f : InputFiles.expand(List.of(p))) {
                    IngestResult r = ingester.ingest(f, MetadataOverrides.none());
                    add(r instanceof IngestResult.Ingested in ? analyse.apply(in.report()) : r, reports, problems);
                }
                continue;
            }
            if (!Files.isDirectory(store.resolve("reports"))) {
                problems.add(new Problem(ProblemKind.IO, arg,
                        "no such file or folder (and no store at " + store + " to look it up as a report id)"));
                continue;
            }
            try (ReportStore s = ReportStore.openReadOnly(store,
                    line -> problems.add(new Problem(ProblemKind.CORRUPT, store.toString(), line)))) {
                // a stored report is shown with the user's corrections, whether extracted now or before
                s.find(arg).ifPresentOrElse(r -> add(corrected(s, r.extraction() == null ? analyse.apply(r)
                                : new IngestResult.Ingested(r), warnings), reports, problems),
                        () -> problems.add(new Problem(ProblemKind.IO, arg,
                                "no such file, and no report with this id in " + store)));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(ProblemKind.IO, arg, e.getMessage()));
            }
        }
        return new Resolved(reports, problems, warnings);
    }

    private static IngestResult corrected(ReportStore s, IngestResult r, List<String> warnings) {
        return r instanceof IngestResult.Ingested in
                ? new IngestResult.Ingested(StoredCorrections.corrected(s, in.report(), warnings::add)) : r;
    }

    private static void add(IngestResult r, List<Report> reports, List<Problem> problems) {
        r.asReport().ifPresent(reports::add);
        r.asProblem().ifPresent(problems::add);
    }
}
