package org.reportminer.cli.work;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongSupplier;
import org.reportminer.corpus.ingest.IngestResult;
import org.reportminer.corpus.ingest.MetadataOverrides;
import org.reportminer.corpus.model.Problem;
import org.reportminer.corpus.model.ProblemKind;
import org.reportminer.corpus.model.Report;
import org.reportminer.corpus.store.PutOutcome;
import org.reportminer.corpus.store.ReportStore;
import org.reportminer.index.write.IndexingQueue;
import org.reportminer.index.backend.EmbeddedReportIndex;
import org.reportminer.index.backend.ReportIndex;
import org.reportminer.index.backend.SolrReportIndex;
import org.reportminer.index.backend.SolrTarget;
import org.reportminer.pipeline.segment.Segmenter;

/**
 * The full ingest path: read and extract files in parallel ({@link BatchReader}), store each report atomically, and
 * index what is new, also in parallel ({@link IndexingQueue}).
 *
 * <p>The store is the truth and the index follows it. Each report is stored before it is queued for the index, and
 * the index commits every {@value #COMMIT_EVERY} index changes or every {@link #COMMIT_INTERVAL}, whichever comes
 * first, and at the end. A batch's commit runs on a thread of its own ({@link BackgroundCommit}) while the next
 * batch is read and indexed, and the next commit waits for it; so a killed run loses at most two batches of
 * indexing (the one committing and the one being filled), and the run ends only once all is committed. Every
 * run then brings the index in
 * step with the store: it reads the report ids the index holds once at the start (one doc-values pass), removes
 * the entries of reports no longer stored (replaced or removed by an interrupted run), indexes each
 * unchanged or duplicate input whose stored report the index lacks, and finally every other stored report the
 * index lacks.
 */
public final class IngestJob {
    /** Index changes (reports indexed or removed) between commits. */
    static final int COMMIT_EVERY = 50;
    /** Longest time uncommitted index changes wait while the run goes on. */
    static final Duration COMMIT_INTERVAL = Duration.ofSeconds(10);

    /** Hears about each input as it is finished, in input order, on the calling thread. */
    public interface Listener {
        /** {@code report} was stored (or was already): for an unchanged file, the stored report. */
        void stored(PutOutcome outcome, Report report);

        void failed(Problem problem);

        /** A one-line note about a repair of the store (a quarantined report file, a rebuilt store index). */
        default void notice(String line) {
        }

        /**
         * At the end, when the index had fallen behind the store: {@code indexed} stored reports were not
         * searchable and now are; {@code removed} index entries of reports no longer stored were removed.
         */
        default void repaired(int indexed, int removed) {
        }
    }

    /** Opens the index a run writes, given the store directory. */
    @FunctionalInterface
    interface IndexOpener {
        ReportIndex open(Path storeDir) throws IOException;
    }

    private final BatchReader reader;
    private final LongSupplier nanoClock;
    private final IndexOpener indexes;

    public IngestJob(BatchReader reader, Segmenter segmenter) {
        this(reader, System::nanoTime, embedded(segmenter));
    }

    /** A job that indexes into the SolrCloud collection {@code solr} (when not null) instead of {@code STORE/index}. */
    public IngestJob(BatchReader reader, Segmenter segmenter, SolrTarget solr) {
        this(reader, System::nanoTime, solr == null ? embedded(segmenter)
                : storeDir -> SolrReportIndex.open(solr, segmenter));
    }

    IngestJob(BatchReader reader, Segmenter segmenter, LongSupplier nanoClock) {
        this(reader, nanoClock, embedded(segmenter));
    }

    /** For tests: a job writing to the index {@code indexes} opens. */
    IngestJob(BatchReader reader, LongSupplier nanoClock, IndexOpener indexes) {
        this.reader = reader;
        this.nanoClock = nanoClock;
        this.indexes = indexes;
    }

    /** The embedded index of a store, {@code STORE/index}. */
    static IndexOpener embedded(Segmenter segmenter) {
        return storeDir -> new EmbeddedReportIndex(storeDir.resolve("index"), segmenter, null);
    }

    /**
     * Ingests {@code files} into the store at {@code storeDir} and its index {@code storeDir/index}.
     *
     * @throws IOException when the index cannot be opened, read or committed (a damaged one: see
     *                     {@link org.reportminer.index.write.IndexDamage})
     * @throws org.reportminer.corpus.store.StoreLockedException when another process writes the store
     */
    public void run(List<Path> files, MetadataOverrides overrides, Path storeDir, Listener listener)
            throws IOException {
        try (ReportStore reports = ReportStore.openForWrite(storeDir, listener::notice);
             ReportIndex indexer = indexes.open(storeDir);
             IndexingQueue indexing = new IndexingQueue(indexer, reader.threads());
             // closed first: the index is never closed under a running commit
             BackgroundCommit commits = new BackgroundCommit(indexer)) {
            Sync sync = new Sync(reports, indexer, indexing, commits);
            sync.removeStale();
            reader.read(files, overrides, reports.fileHashes(), read -> {
                try {
                    handle(read, overrides, reports, sync, listener);
                    sync.commitIfDue();
                    sync.reportRejected(listener);
                } catch (IOException e) {
                    throw new UncheckedIOException("index " + indexer.describe() + ": " + e.getMessage(), e);
                }
            });
            indexing.awaitAll();
            sync.reportRejected(listener);
            sync.indexTheRest();
            indexing.awaitAll();
            commits.await();
            indexer.commit();
            sync.reportRejected(listener);
            if (sync.repairedIndexed > 0 || sync.removed > 0) {
                listener.repaired(sync.repairedIndexed, sync.removed);
            }
        }
    }

    private void handle(BatchReader.Read read, MetadataOverrides overrides, ReportStore reports, Sync sync,
                        Listener listener) throws IOException {
        if (read instanceof BatchReader.Known known) {
            Optional<Report> stored = reports.find(known.reportId());
            if (stored.isPresent()) {
                sync.ensureIndexed(stored.get());
                listener.stored(new PutOutcome(PutOutcome.Kind.UNCHANGED, known.reportId(), null),
                        withSource(stored.get(), known.file()));
                return;
            }
            // the stored report went missing or was quarantined since the run began: read the file after all
            read = reader.parse(known.file(), overrides);
        }
        IngestResult result = ((BatchReader.Parsed) read).result();
        if (result instanceof IngestResult.Failed f) {
            listener.failed(f.problem());
            return;
        }
        Report r = ((IngestResult.Ingested) result).report();
        PutOutcome outcome = reports.put(r);
        if (outcome.kind() != PutOutcome.Kind.ADDED && outcome.kind() != PutOutcome.Kind.REPLACED
                && !sync.isIndexed(outcome.id())) {
            // the index should hold the stored report, which may differ from this reading of the file (metadata)
            Optional<Report> stored = reports.find(outcome.id());
            if (stored.isPresent()) {
                sync.ensureIndexed(stored.get());
            } else if (outcome.kind() == PutOutcome.Kind.UNCHANGED) {
                // the stored copy was unusable and is quarantined now: this reading takes its place
                outcome = reports.put(r);
            }
        }
        if (outcome.kind() == PutOutcome.Kind.ADDED || outcome.kind() == PutOutcome.Kind.REPLACED) {
            if (outcome.replacedId() != null) {
                sync.delete(outcome.replacedId());
            }
            sync.index(r);
        }
        listener.stored(outcome, r);
    }

    /** {@code stored} as read from {@code file} (the same bytes may have been stored from another path). */
    private static Report withSource(Report stored, Path file) {
        String source = file.toAbsolutePath().normalize().toString();
        return source.equals(stored.source()) ? stored : new Report(stored.id(), source, stored.mediaType(),
                stored.charset(), stored.bytes(), stored.sha256(), stored.title(), stored.org(), stored.year(),
                stored.kind(), stored.truncated(), stored.text(), stored.offsetMap(), stored.extraction());
    }

    /** The index's side of the run: which report ids it holds, and when to commit. Used from one thread. */
    private final class Sync {
        private final ReportStore reports;
        private final ReportIndex indexer;
        private final IndexingQueue indexing;
        private final BackgroundCommit commits;
        /** Ids the index holds once the queued changes are applied. */
        private final Set<String> indexed;
        /** Ids the index refused in this run: not tried again until the next. */
        private final Set<String> refused = new HashSet<>();
        /** Ids queued to repair the index, so that a refused one is not counted as repaired. */
        private final Set<String> repairing = new HashSet<>();
        private int pending;
        private long lastCommit = nanoClock.getAsLong();
        int repairedIndexed;
        int removed;

        Sync(ReportStore reports, ReportIndex indexer, IndexingQueue indexing, BackgroundCommit commits)
                throws IOException {
            this.reports = reports;
            this.indexer = indexer;
            this.indexing = indexing;
            this.commits = commits;
            this.indexed = new HashSet<>(indexer.reportIds());
        }

        boolean isIndexed(String id) {
            return indexed.contains(id);
        }

        /** Removes index entries of reports the store no longer holds. */
        void removeStale() throws IOException {
            Set<String> stored = reports.ids();
            for (String id : new TreeSet<>(indexed)) {
                if (!stored.contains(id)) {
                    delete(id);
                    removed++;
                    commitIfDue();
                }
            }
        }

        void index(Report report) throws IOException {
            indexing.submit(report);
            indexed.add(report.id());
            pending++;
        }

        void delete(String id) throws IOException {
            indexing.delete(id);
            indexed.remove(id);
            pending++;
        }

        /** Indexes a stored report the index lacks (left out by an interrupted run). */
        void ensureIndexed(Report stored) throws IOException {
            if (!indexed.contains(stored.id()) && !refused.contains(stored.id())) {
                index(stored);
                repairedIndexed++;
                repairing.add(stored.id());
            }
        }

        /** Indexes every stored report still missing from the index, such as those of other folders. */
        void indexTheRest() throws IOException {
            for (String id : new TreeSet<>(reports.ids())) {
                if (!indexed.contains(id) && !refused.contains(id)) {
                    Optional<Report> stored = reports.find(id);
                    if (stored.isPresent()) {
                        ensureIndexed(stored.get());
                        commitIfDue();
                    }
                }
            }
        }

        /**
         * Tells the listener of reports the index refused (each stays stored, and the next run tries again), so
         * the run ends with exit 3 instead of the index silently lagging.
         */
        void reportRejected(Listener listener) {
            for (IndexingQueue.Rejected r : indexing.takeRejected()) {
                indexed.remove(r.report().id());
                refused.add(r.report().id());
                repairedIndexed -= repairing.remove(r.report().id()) ? 1 : 0;
                listener.failed(new Problem(ProblemKind.CORRUPT, r.report().source(),
                        "stored as " + r.report().id() + ", but the index refused it: " + r.reason()));
            }
        }

        /**
         * Starts a commit once a batch is full or has waited long enough (after the previous commit is done), so a
         * kill loses at most two batches.
         */
        void commitIfDue() throws IOException {
            long now = nanoClock.getAsLong();
            if (pending >= COMMIT_EVERY || (pending > 0 && now - lastCommit >= COMMIT_INTERVAL.toNanos())) {
                // every report of the batch is in the writer before its commit starts
                indexing.awaitAll();
                commits.start();
                pending = 0;
                lastCommit = now;
            }
        }
    }
}
