package org.reportminer.cli.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.reportminer.cli.CliException;
import org.reportminer.cli.ExitCodes;
import org.reportminer.cli.Services;
import org.reportminer.cli.work.BatchReader;
import org.reportminer.cli.work.IngestJob;
import org.reportminer.cli.work.InputFiles;
import org.reportminer.corpus.model.Problem;
import org.reportminer.corpus.model.ProblemKind;
import org.reportminer.corpus.model.Report;
import org.reportminer.corpus.store.PutOutcome;

/**
 * Ingest: read report files into the store, extract and index them ({@link IngestJob}), and say what happened to
 * each input. An input that is missing or cannot be read is one failure in the summary; the others go on.
 */
public final class IngestUseCase {
    private final Services services;

    public IngestUseCase(Services services) {
        this.services = services;
    }

    /**
     * Ingests the request's inputs. The listener hears a warning per failed input, a step per input and, when the
     * store is new, {@link ProgressListener#creatingStore}.
     *
     * @return the summary; its failures are non-empty when some input failed
     * @throws CliException (exit 3) when the inputs exist but hold no report file
     * @throws IOException  when the index cannot be opened, read or committed
     * @throws org.reportminer.corpus.store.StoreLockedException when another process writes the store
     */
    public IngestSummary ingest(IngestRequest request, ProgressListener listener) throws IOException {
        List<Problem> failures = new ArrayList<>();
        List<Path> existing = new ArrayList<>();
        for (Path p : request.inputs()) {
            Path resolved = request.base().resolve(p).normalize();
            if (Files.exists(resolved)) {
                existing.add(resolved);
            } else {
                Problem missing = new Problem(ProblemKind.IO, resolved.toString(), "no such file or folder");
                failures.add(missing);
                listener.warned(missing.line());
            }
        }
        if (existing.isEmpty()) {
            return new IngestSummary(request.store(), List.of(), failures, 0, 0);
        }
        List<Path> files = InputFiles.expand(existing);
        if (files.isEmpty()) {
            throw new CliException(ExitCodes.INPUT_PROBLEMS, "no report files found under " + request.inputs());
        }
        BatchReader reader = new BatchReader(services.ingester(), services.analysis(), request.threads());
        if (!StoreLayout.isStore(request.store())) {
            listener.creatingStore(request.store());
        }
        Collector collector = new Collector(failures, listener);
        listener.started("ingest", files.size());
        try {
            new IngestJob(reader, services.segmenter(), request.solr()).run(files, request.overrides(), request.store(), collector);
        } finally {
            listener.finished();
        }
        return new IngestSummary(request.store(), collector.items, failures, collector.repairedIndexed,
                collector.repairedRemoved);
    }

    /** Turns the job's events into summary entries and progress. */
    private static final class Collector implements IngestJob.Listener {
        private final List<IngestSummary.Item> items = new ArrayList<>();
        private final List<Problem> failures;
        private final ProgressListener listener;
        private int repairedIndexed;
        private int repairedRemoved;

        Collector(List<Problem> failures, ProgressListener listener) {
            this.failures = failures;
            this.listener = listener;
        }

        @Override
        public void stored(PutOutcome outcome, Report report) {
            items.add(IngestSummary.Item.of(outcome, report));
            listener.stepped(outcome.kind().name().toLowerCase(Locale.ROOT) + " " + report.id() + " "
                    + Path.of(report.source()).getFileName());
        }

        @Override
        public void failed(Problem problem) {
            failures.add(problem);
            listener.warned(problem.line());
            listener.stepped("failed " + problem.source());
        }

        @Override
        public void notice(String line) {
            listener.warned(line);
        }

        @Override
        public void repaired(int indexed, int removed) {
            repairedIndexed = indexed;
            repairedRemoved = removed;
        }
    }
}
