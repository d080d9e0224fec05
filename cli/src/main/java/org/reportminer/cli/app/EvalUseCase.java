package org.reportminer.cli.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.reportminer.cli.CliException;
import org.reportminer.cli.ExitCodes;
import org.reportminer.cli.Services;
import org.reportminer.corpus.ingest.IngestResult;
import org.reportminer.corpus.ingest.MetadataOverrides;
import org.reportminer.corpus.model.Problem;
import org.reportminer.corpus.model.Report;
import org.reportminer.pipeline.eval.EvalScorer;
import org.reportminer.pipeline.eval.EvalSummary;
import org.reportminer.pipeline.eval.GoldReport;
import org.reportminer.pipeline.eval.ReportScore;
import org.reportminer.pipeline.json.GoldReader;

/**
 * Eval: every annotated report of the gold folders is read and analysed exactly as {@code extract} does, then scored
 * against its hand-written gold. Nothing is stored.
 */
public final class EvalUseCase {
    private final Services services;

    public EvalUseCase(Services services) {
        this.services = services;
    }

    /**
     * The scores, and the annotated files that could not be read or analysed.
     *
     * @param summary  the per-report scores in gold order, and their sums
     * @param problems one per report file that failed
     */
    public record Outcome(EvalSummary summary, List<Problem> problems) {
        public Outcome {
            problems = List.copyOf(problems);
        }
    }

    /**
     * @param dirs gold folders (absolute), each holding {@code manifest.json} or {@code expected/*.json}
     * @throws CliException (usage) when a folder is missing or holds no gold
     * @throws IOException  when a gold file cannot be read
     */
    public Outcome eval(List<Path> dirs, ProgressListener listener) throws IOException {
        List<ReportScore> scores = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        EvalScorer scorer = new EvalScorer();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                throw new CliException(ExitCodes.USAGE, dir + ": no such folder");
            }
            List<GoldReport> gold;
            try {
                gold = new GoldReader().read(dir);
            } catch (IllegalArgumentException | IOException e) {
                // the gold is the user's input: a bad file is theirs to fix, named in one line
                throw new CliException(ExitCodes.USAGE, e.getMessage(), e);
            }
            for (GoldReport g : gold) {
                IngestResult r = services.ingester().ingest(dir.resolve(g.file()), MetadataOverrides.none());
                if (r instanceof IngestResult.Ingested in) {
                    r = services.analysis().analyse(in.report());
                }
                if (r instanceof IngestResult.Ingested in) {
                    Report report = in.report();
                    scores.add(scorer.score(g, report.text(), report.extraction()));
                } else {
                    Problem p = r.asProblem().orElseThrow();
                    listener.warned(p.line());
                    problems.add(p);
                }
            }
        }
        return new Outcome(new EvalSummary(scores), problems);
    }
}
