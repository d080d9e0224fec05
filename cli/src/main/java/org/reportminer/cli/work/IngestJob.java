package org.reportminer.cli.work;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.reportminer.corpus.ingest.IngestResult;
import org.reportminer.corpus.ingest.MetadataOverrides;
import org.reportminer.corpus.model.Problem;
import org.reportminer.corpus.model.Report;
import org.reportminer.corpus.store.PutOutcome;
import org.reportminer.corpus.store.ReportStore;
import org.reportminer.index.write.IndexingQueue;
import org.reportminer.index.write.ReportIndexer;
import org.reportminer.pipeline.segment.Segmenter;

/**
 * The full ingest path: read and extract files in parallel ({@link BatchReader}), store each report atomically, and
 * index what is new, also in parallel ({@link IndexingQueue}). Each report is stored before it is queued for the
 * index, and the index commits every {@value #COMMIT_EVERY} new reports (once they are all indexed) and at the end,
 * so a killed run leaves the last commit searchable and {@code reindex} can catch up.
 */
public final class IngestJob {
    /** New reports between index commits. */
    static final int COMMIT_EVERY = 500;

    /** Hears about each input as it is finished, in input order, on the calling thread. */
    public interface Listener {
        void stored(PutOutcome outcome, Report report);

        void failed(Problem problem);
    }

    private final BatchReader reader;
    private final Segmenter segmenter;

    public IngestJob(BatchReader reader, Segmenter segmenter) {
        this.reader = reader;
        this.segmenter = segmenter;
    }

    /**
     * Ingests {@code files} into the store at {@code storeDir} and its index {@code storeDir/index}.
     *
     * @throws IOException when the index cannot be opened or committed
     * @throws org.reportminer.corpus.store.StoreLockedException when another process writes the store
     */
    public void run(List<Path> files, MetadataOverrides overrides, Path storeDir, Listener listener)
            throws IOException {
        try (ReportStore reports = ReportStore.openForWrite(storeDir);
             ReportIndexer indexer = ReportIndexer.open(storeDir.resolve("index"), segmenter);
             IndexingQueue indexing = new IndexingQueue(indexer, reader.threads())) {
            int[] pending = {0};
            reader.read(files, overrides, result -> {
                if (result instanceof IngestResult.Failed f) {
                    listener.failed(f.problem());
                    return;
                }
                Report r = ((IngestResult.Ingested) result).report();
                PutOutcome outcome = reports.put(r);
                try {
                    if (outcome.kind() == PutOutcome.Kind.ADDED || outcome.kind() == PutOutcome.Kind.REPLACED) {
                        if (outcome.replacedId() != null) {
                            indexing.delete(outcome.replacedId());
                        }
                        indexing.submit(r);
                        if (++pending[0] % COMMIT_EVERY == 0) {
                            indexing.awaitAll();
                            indexer.commit();
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("index " + indexer.path() + ": " + e.getMessage(), e);
                }
                listener.stored(outcome, r);
            });
            indexing.awaitAll();
            indexer.commit();
        }
    }
}
