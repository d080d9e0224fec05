package org.reportminer.cli.work;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.reportminer.index.backend.ReportIndex;

/**
 * Runs an index's commits on a thread of their own, one at a time, so that the ingest loop and the index threads go
 * on reading, extracting and inverting the next batch while Lucene flushes and fsyncs the last one (a quarter of
 * ingest CPU, formerly spent on the loop's thread while both other pools stalled).
 *
 * <p>A commit's failure is rethrown by the next {@link #start} or {@link #await}. {@link #close()} waits for a
 * running commit, so that the index is never closed under it; it does not start one.
 */
final class BackgroundCommit implements AutoCloseable {
    private final ReportIndex index;
    private final ExecutorService thread;
    private Future<?> running;

    BackgroundCommit(ReportIndex index) {
        this.index = index;
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "reportminer-commit");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Waits for the previous commit, then starts one that holds every write finished before this call (writes
     * racing with it land in it or in the next).
     */
    void start() throws IOException {
        await();
        running = thread.submit(() -> {
            index.commit();
            return null;
        });
    }

    /** Waits until the commit started last, if any, is done; rethrows its failure. */
    void await() throws IOException {
        Future<?> last = running;
        if (last == null) {
            return;
        }
        running = null;
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    last.get();
                    return;
                } catch (InterruptedException e) {
                    // the commit cannot be abandoned half-way: it is waited for, and the interrupt kept
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw new IOException(io.getMessage(), io);
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw (Error) cause;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Waits for a running commit (its failure is dropped: the run is ending on another error or has awaited it). */
    @Override
    public void close() {
        try {
            await();
        } catch (IOException | RuntimeException e) {
            // the caller is already failing or has seen this failure through await()
        } finally {
            thread.shutdown();
            try {
                thread.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
