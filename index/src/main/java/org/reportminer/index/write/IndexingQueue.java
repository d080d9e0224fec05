package org.reportminer.index.write;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import org.reportminer.corpus.model.Report;

/**
 * Indexes reports on background threads, so that a producer that decides <em>what</em> to index (the ingest loop,
 * which must store each report before indexing it) is not also the one thread that segments and inverts every
 * report. {@link ReportIndexer#index(Report)} is thread-safe (Lucene gives each thread its own in-memory segment),
 * so several reports are analysed at once.
 *
 * <p>At most {@code 2 × threads} reports wait or run at a time; {@link #submit} blocks beyond that, which bounds
 * memory. A report the index refuses while the writer stays healthy (an over-long term, a span outside the text:
 * Lucene adds none of its documents) is set aside for {@link #takeRejected}, and the batch goes on; it must not
 * stop every later run that tries it again. Any other failure (I/O, a writer stopped by a fatal error) is rethrown
 * by the next {@link #submit}, {@link #delete} or {@link #awaitAll}. {@link #awaitAll} before {@link ReportIndexer#commit()}, so a commit holds every submitted
 * report. Use from one producer thread.
 */
public final class IndexingQueue implements Closeable {
    private static final int MAX_REASON = 160;

    private final ReportSink indexer;
    private final int threads;
    private final ExecutorService pool;
    private final Semaphore slots;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final ConcurrentLinkedQueue<Rejected> rejected = new ConcurrentLinkedQueue<>();

    /**
     * A report the index refused; nothing of it was indexed.
     *
     * @param report the report
     * @param reason why, in one line
     */
    public record Rejected(Report report, String reason) {
    }

    /**
     * @param threads background threads, at least 1
     */
    public IndexingQueue(ReportSink indexer, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.indexer = Objects.requireNonNull(indexer, "indexer");
        this.threads = threads;
        this.slots = new Semaphore(2 * threads);
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "reportminer-index");
            t.setDaemon(true);
            return t;
        });
    }

    /** Queues {@code report} for {@link ReportIndexer#index(Report)}; blocks while the queue is full. */
    public void submit(Report report) throws IOException {
        rethrow();
        acquire(1);
        try {
            pool.execute(() -> {
                try {
                    if (failure.get() == null) {
                        indexer.index(report);
                    }
                } catch (RuntimeException e) {
                    // ReportIndexer turns a fatal writer error into an IOException: this one refused one report only
                    rejected.add(new Rejected(report, oneLine(e)));
                } catch (IOException | Error e) {
                    failure.compareAndSet(null, e);
                } finally {
                    slots.release();
                }
            });
        } catch (RuntimeException e) {
            slots.release();
            throw e;
        }
    }

    /**
     * Deletes report {@code reportId} after every queued report is indexed, so that a report queued earlier under
     * the same id is deleted rather than re-added after the delete.
     */
    public void delete(String reportId) throws IOException {
        awaitAll();
        indexer.delete(reportId);
    }

    /** Waits until every submitted report is indexed; rethrows the first failure. */
    public void awaitAll() throws IOException {
        acquire(2 * threads);
        slots.release(2 * threads);
        rethrow();
    }

    /** The reports refused since the last call, in no particular order; call after {@link #awaitAll} for all. */
    public List<Rejected> takeRejected() {
        List<Rejected> taken = new ArrayList<>();
        for (Rejected r = rejected.poll(); r != null; r = rejected.poll()) {
            taken.add(r);
        }
        return taken;
    }

    private static String oneLine(RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        // Lucene's immense-term message runs to several sentences and quotes the term: its first sentence says it
        int stop = message.indexOf(". ");
        String first = (stop > 0 ? message.substring(0, stop) : message).replaceAll("\\s+", " ").strip();
        return first.length() <= MAX_REASON ? first : first.substring(0, MAX_REASON) + "…";
    }

    /**
     * Stops the threads once the reports already handed to them are done (not interrupted: an interrupt in the
     * middle of a Lucene write could close its file channel and make the writer give up). Uncommitted, they vanish
     * with the writer's close like any uncommitted change.
     */
    @Override
    public void close() {
        failure.compareAndSet(null, new IllegalStateException("indexing queue closed"));
        pool.shutdown();
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void acquire(int permits) throws IOException {
        try {
            slots.acquire(permits);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(indexer.describe() + ": interrupted while waiting for indexing", e);
        }
    }

    private void rethrow() throws IOException {
        Throwable t = failure.get();
        if (t == null) {
            return;
        }
        if (t instanceof IOException io) {
            throw new IOException(io.getMessage(), io);
        }
        if (t instanceof RuntimeException re) {
            throw re;
        }
        throw (Error) t;
    }
}
