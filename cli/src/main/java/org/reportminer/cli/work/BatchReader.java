package org.reportminer.cli.work;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.reportminer.corpus.ingest.IngestResult;
import org.reportminer.corpus.ingest.Ingester;
import org.reportminer.corpus.ingest.MetadataOverrides;
import org.reportminer.corpus.model.Problem;
import org.reportminer.corpus.model.ProblemKind;

/**
 * Reads and extracts many files on several threads and hands the results to one consumer thread in input order,
 * so the store and the index are written by one thread while parsing and extraction use every core. At most
 * {@code 2 × threads} results wait in memory. One bad file never stops the batch: it becomes a {@link Problem}.
 */
public final class BatchReader {
    private final Ingester ingester;
    private final Analysis analysis;
    private final int threads;

    public BatchReader(Ingester ingester, Analysis analysis, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.ingester = ingester;
        this.analysis = analysis;
        this.threads = threads;
    }

    /** Worker threads. */
    public int threads() {
        return threads;
    }

    /** Ingests and extracts {@code files}; {@code sink} receives each result in input order on the calling thread. */
    public void read(List<Path> files, MetadataOverrides overrides, Consumer<IngestResult> sink) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "reportminer-read");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<IngestResult>> inFlight = new ArrayDeque<>();
            int next = 0;
            while (next < files.size() || !inFlight.isEmpty()) {
                while (next < files.size() && inFlight.size() < 2 * threads) {
                    Path f = files.get(next++);
                    inFlight.add(pool.submit(() -> readOne(f, overrides)));
                }
                sink.accept(await(inFlight.removeFirst()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private IngestResult readOne(Path file, MetadataOverrides overrides) {
        IngestResult r = ingester.ingest(file, overrides);
        if (r instanceof IngestResult.Ingested in) {
            try {
                return new IngestResult.Ingested(analysis.analyse(in.report()));
            } catch (RuntimeException | StackOverflowError e) {
                // Extraction bugs must not lose the file: report it as a problem with the cause.
                return new IngestResult.Failed(new Problem(ProblemKind.CORRUPT, in.report().source(),
                        "extraction failed: " + e));
            }
        }
        return r;
    }

    private static IngestResult await(Future<IngestResult> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading files", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("reading failed unexpectedly: " + e.getCause(), e.getCause());
        }
    }
}
