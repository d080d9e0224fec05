package org.reportminer.index.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.TopDocs;

/**
 * Runs one query over slices of the index's segments at the same time, one slice per core, and merges what they
 * found: the top hits (ties to the lower doc id, as in one pass), the counts, and exact only when every slice is.
 * A small index (by default under {@value #MIN_PARALLEL_DOCS} documents) is searched as one slice on the calling
 * thread, where a hand-off would cost more than it saves. Thread-safe; {@link #close()} stops its threads.
 */
final class SegmentSlices implements Closeable {

    /** Documents below which a query runs on the calling thread alone. */
    static final int MIN_PARALLEL_DOCS = 100_000;

    /** One slice's search. */
    interface SliceTask {
        SliceSearch.Result run(List<LeafReaderContext> slice) throws IOException;
    }

    private final int threads;
    private final int minParallelDocs;
    private final ExecutorService pool;

    /**
     * Slices for {@code threads} cores (1: everything on the calling thread), for indexes of at least
     * {@code minParallelDocs} documents.
     */
    SegmentSlices(int threads, int minParallelDocs) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.threads = threads;
        this.minParallelDocs = minParallelDocs;
        AtomicInteger n = new AtomicInteger();
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads - 1, r -> {
            Thread t = new Thread(r, "reportminer-search-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs {@code task} on each slice of {@code leaves} and merges the results, keeping the best {@code hits}. */
    SliceSearch.Result search(List<LeafReaderContext> leaves, int hits, SliceTask task) throws IOException {
        List<List<LeafReaderContext>> slices = slice(leaves, threads, minParallelDocs);
        if (slices.size() == 1) {
            return task.run(slices.get(0));
        }
        List<Future<SliceSearch.Result>> others = new ArrayList<>();
        for (List<LeafReaderContext> slice : slices.subList(1, slices.size())) {
            others.add(pool.submit(() -> {
                try {
                    return task.run(slice);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        }
        List<SliceSearch.Result> results = new ArrayList<>();
        try {
            results.add(task.run(slices.get(0)));
            for (Future<SliceSearch.Result> f : others) {
                results.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("search interrupted");
        } catch (ExecutionException e) {
            throw unwrap(e.getCause());
        } finally {
            others.forEach(f -> f.cancel(true));
        }
        return merge(results, hits);
    }

    /**
     * {@code leaves} in at most {@code n} slices of about equal documents (largest segments first, each to the
     * lightest slice), each slice in doc-id order; one slice when the index has fewer than {@code minDocs}.
     */
    static List<List<LeafReaderContext>> slice(List<LeafReaderContext> leaves, int n, int minDocs) {
        long docs = leaves.stream().mapToLong(l -> l.reader().maxDoc()).sum();
        if (n == 1 || leaves.size() < 2 || docs < minDocs) {
            return List.of(leaves);
        }
        List<List<LeafReaderContext>> slices = new ArrayList<>();
        long[] size = new long[Math.min(n, leaves.size())];
        for (int i = 0; i < size.length; i++) {
            slices.add(new ArrayList<>());
        }
        List<LeafReaderContext> bySize = new ArrayList<>(leaves);
        bySize.sort(Comparator.comparingInt((LeafReaderContext l) -> l.reader().maxDoc()).reversed()
                .thenComparingInt(l -> l.ord));
        for (LeafReaderContext leaf : bySize) {
            int lightest = 0;
            for (int i = 1; i < size.length; i++) {
                lightest = size[i] < size[lightest] ? i : lightest;
            }
            slices.get(lightest).add(leaf);
            size[lightest] += leaf.reader().maxDoc();
        }
        slices.forEach(s -> s.sort(Comparator.comparingInt(l -> l.ord)));
        return slices;
    }

    private static SliceSearch.Result merge(List<SliceSearch.Result> results, int hits) {
        TopDocs[] tops = new TopDocs[results.size()];
        FacetCounter facets = results.get(0).facets();
        boolean exact = true;
        for (int i = 0; i < tops.length; i++) {
            SliceSearch.Result r = results.get(i);
            tops[i] = r.top();
            exact &= r.exact();
            if (i > 0) {
                facets.addAll(r.facets());
            }
        }
        // Each slice kept its own best; the best of all is among them.
        TopDocs top = TopDocs.merge(0, hits, tops, (a, b) -> Integer.compare(a.doc, b.doc));
        return new SliceSearch.Result(top, facets, exact);
    }

    private static IOException unwrap(Throwable cause) {
        if (cause instanceof UncheckedIOException u) {
            return u.getCause();
        }
        if (cause instanceof RuntimeException r) {
            throw r;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        return new IOException(cause);
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
