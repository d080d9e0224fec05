package org.reportminer.index.write;

import java.io.Closeable;
import java.io.IOException;
import java.util.Objects;
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
 * memory. The first failure of a background index call is rethrown by the next {@link #submit}, {@link #delete} or
 * {@link #awaitAll}. {@link #awaitAll} before {@link ReportIndexer#commit()}, so a commit holds every submitted
 * report. Use from one producer thread.
 */
public final class IndexingQueue implements Closeable {

    private final ReportIndexer indexer;
    private final int threads;
    private final ExecutorService pool;
    private final Semaphore slots;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    /**
     * @param threads background threads, at least 1
     */
    public IndexingQueue(ReportIndexer indexer, int threads) {
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
                } catch (IOException | RuntimeException | Error e) {
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
        indexer.deleteReport(reportId);
    }

    /** Waits until every submitted report is indexed; rethrows the first failure. */
    public void awaitAll() throws IOException {
        acquire(2 * threads);
        slots.release(2 * threads);
        rethrow();
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
            throw new IOException(indexer.path() + ": interrupted while waiting for indexing", e);
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
