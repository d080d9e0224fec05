package org.reportminer.cli.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.reportminer.cli.CliException;
import org.reportminer.cli.ExitCodes;
import org.reportminer.cli.Services;
import org.reportminer.cli.app.IngestRequest;
import org.reportminer.cli.app.IngestSummary;
import org.reportminer.cli.app.IngestUseCase;
import org.reportminer.cli.app.ProgressListener;
import org.reportminer.cli.work.Checkout;
import org.reportminer.corpus.ingest.MetadataOverrides;
import org.reportminer.corpus.model.Report;
import org.reportminer.index.compare.ReportComparer;
import org.reportminer.index.schema.Level;
import org.reportminer.index.search.ReportSearcher;
import org.reportminer.index.search.SearchQuery;
import org.reportminer.index.write.ReportIndexer;

/**
 * The jobs {@code bench} times: each runs once to warm up, then {@code runs} times, and gives the median. Progress
 * lines go to {@code note}.
 */
final class Workloads {
    private final Services services;
    private final int runs;
    private final Consumer<String> note;

    Workloads(Services services, int runs, Consumer<String> note) {
        this.services = services;
        this.runs = runs;
        this.note = note;
    }

    /** A timed job; returns elapsed seconds. */
    interface Timed {
        double run() throws Exception;
    }

    /**
     * MB/s of {@code bytes} over the median wall time of the measured runs, after one warm-up run, and the median
     * process CPU seconds per MB (which, unlike wall time, hardly depends on what else the machine runs).
     */
    double[] median(Timed job, long bytes) throws Exception {
        job.run();
        double[] secs = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            double c0 = processCpuSeconds();
            secs[i] = job.run();
            cpu[i] = processCpuSeconds() - c0;
        }
        return new double[] {bytes / 1e6 / Stats.median(secs), Stats.median(cpu) / (bytes / 1e6)};
    }

    /** CPU seconds used by this process so far (all threads, including GC and JIT), or NaN if unknown. */
    static double processCpuSeconds() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1e9;
        }
        return Double.NaN;
    }

    /** Wall seconds to run {@code work} on every text, on {@code threads} threads. */
    static double parallel(List<String> texts, int threads, Consumer<String> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long t0 = System.nanoTime();
            List<Future<?>> fs = new ArrayList<>();
            for (String s : texts) {
                fs.add(pool.submit(() -> work.accept(s)));
            }
            for (Future<?> f : fs) {
                f.get();
            }
            return (System.nanoTime() - t0) / 1e9;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Median wall seconds and median process CPU seconds of the full ingest path into a fresh store each run; the
     * last run's store stays at {@code work/pipeline-store}.
     */
    double[] pipeline(Path textDir, Path work, int t) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.walk(textDir)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        double[] secs = new double[runs];
        double[] cpu = new double[runs];
        for (int i = -1; i < runs; i++) {
            Path store = work.resolve(i == runs - 1 ? "pipeline-store" : "pipeline-store-" + i);
            double c0 = processCpuSeconds();
            long t0 = System.nanoTime();
            IngestSummary summary = new IngestUseCase(services).ingest(
                    new IngestRequest(files, work, store, MetadataOverrides.none(), t), ProgressListener.SILENT);
            double s = (System.nanoTime() - t0) / 1e9;
            double c = processCpuSeconds() - c0;
            if (!summary.failures().isEmpty()) {
                throw new IllegalStateException("bench input failed: " + summary.failures().get(0).line());
            }
            if (i >= 0) {
                secs[i] = s;
                cpu[i] = c;
            }
            if (i < runs - 1) {
                BenchCommand.deleteTree(store);
            }
        }
        return new double[] {Stats.median(secs), Stats.median(cpu)};
    }

    /**
     * Build time, size and search latency (p50, p99 over 1,000 queries) of an index of {@code n} findings; the same
     * queries with every match counted ({@code exact}, what search did before issue 15) alternate with them so both
     * see the same machine; recall of every 2-3-character run of 50 findings; with {@code peers}, the same texts,
     * queries and recall test on each of {@link PeerIndexes#PEERS}, with the ratio of ours to each.
     */
    Map<String, Object> index(List<String> sentences, Path dir, int n, boolean peers) throws IOException {
        SyntheticIndexData data = new SyntheticIndexData(sentences, n);
        int perReport = 100;
        List<PeerIndexes.Item> items = new ArrayList<>();
        Report first = null;
        long t0 = System.nanoTime();
        try (ReportIndexer indexer = ReportIndexer.open(dir, services.segmenter())) {
            List<Report> batch = new ArrayList<>();
            for (int r = 0; r * perReport < n; r++) {
                Report report = data.report(r, Math.min(perReport, n - r * perReport), SyntheticIndexData.ORGS);
                batch.add(report);
                first = first == null ? report : first;
                if (peers) {
                    items.addAll(PeerIndexes.items(report));
                }
                if (batch.size() == 50) {
                    indexer.indexBatch(batch);
                    batch.clear();
                }
            }
            indexer.indexBatch(batch);
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        long textBytes = items.stream().mapToLong(i -> i.text().getBytes(StandardCharsets.UTF_8).length).sum();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("findings", n);
        row.put("buildSeconds", BenchCommand.round(secs));
        row.put("findingsPerSec", Math.round(n / secs));
        row.put("sizeMB", BenchCommand.round(BenchCommand.treeSize(dir) / 1e6));
        List<SearchQuery> warmup = data.queries(200);
        List<SearchQuery> qs = data.queries(1000);
        List<PeerIndexes.Item> sample = PeerIndexes.items(first).stream()
                .filter(i -> i.level() == Level.FINDING).limit(50).toList();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (ReportSearcher searcher = ReportSearcher.open(dir, services.segmenter())) {
            for (SearchQuery q : warmup) {
                searcher.search(q);
                searcher.search(q.withExact(true));
            }
            double[] ms = new double[qs.size()];
            double[] exactMs = new double[qs.size()];
            double cpu = 0;
            double exactCpu = 0;
            int estimated = 0;
            for (int i = 0; i < qs.size(); i++) {
                long c0 = threads.getCurrentThreadCpuTime();
                long q0 = System.nanoTime();
                estimated += searcher.search(qs.get(i)).totalExact() ? 0 : 1;
                ms[i] = (System.nanoTime() - q0) / 1e6;
                long c1 = threads.getCurrentThreadCpuTime();
                long q1 = System.nanoTime();
                searcher.search(qs.get(i).withExact(true));
                exactMs[i] = (System.nanoTime() - q1) / 1e6;
                exactCpu += (threads.getCurrentThreadCpuTime() - c1) / 1e6;
                cpu += (c1 - c0) / 1e6;
            }
            row.put("searchP50Ms", BenchCommand.round(Stats.quantile(ms.clone(), 0.5)));
            row.put("searchP99Ms", BenchCommand.round(Stats.quantile(ms, 0.99)));
            row.put("searchCpuMsPerQuery", BenchCommand.round(cpu / qs.size()));
            row.put("estimatedTotals", estimated);
            row.put("exactSearchP50Ms", BenchCommand.round(Stats.quantile(exactMs.clone(), 0.5)));
            row.put("exactSearchP99Ms", BenchCommand.round(Stats.quantile(exactMs, 0.99)));
            row.put("exactSearchCpuMsPerQuery", BenchCommand.round(exactCpu / qs.size()));
            // The same queries once more, alone: the pass above is half JIT warm-up for the broad queries at 1M
            // findings and interleaves exact counting; this is what a searcher that has been running a while gives.
            double[] again = new double[qs.size()];
            for (int i = 0; i < qs.size(); i++) {
                long q0 = System.nanoTime();
                searcher.search(qs.get(i));
                again[i] = (System.nanoTime() - q0) / 1e6;
            }
            row.put("secondPassP50Ms", BenchCommand.round(Stats.quantile(again.clone(), 0.5)));
            row.put("secondPassP99Ms", BenchCommand.round(Stats.quantile(again, 0.99)));
            row.put("recall", recall(searcher, first, sample));
        } catch (org.reportminer.index.search.QueryException e) {
            throw new IllegalStateException("a generated query was rejected: " + e.getMessage(), e);
        }
        note("index %,d findings: %.1f s, %.1f MB, search p50 %s ms p99 %s ms (every match counted: p50 %s p99 %s;"
                + " %s of 1000 totals estimated; second pass: p50 %s p99 %s), recall %s", n, secs,
                BenchCommand.treeSize(dir) / 1e6, row.get("searchP50Ms"), row.get("searchP99Ms"),
                row.get("exactSearchP50Ms"), row.get("exactSearchP99Ms"), row.get("estimatedTotals"),
                row.get("secondPassP50Ms"), row.get("secondPassP99Ms"), row.get("recall"));
        BenchCommand.deleteTree(dir);
        if (peers) {
            double ourMBps = textBytes / 1e6 / secs;
            row.put("MBps", BenchCommand.round(ourMBps));
            List<Map<String, Object>> peerRows = new ArrayList<>();
            for (var peer : new java.util.TreeMap<>(PeerIndexes.PEERS).entrySet()) {
                Map<String, Object> p = PeerIndexes.measure(peer.getKey(), peer.getValue().get(), items, warmup, qs,
                        sample, dir.resolveSibling(dir.getFileName() + "-" + peer.getKey()));
                // ours ÷ peer: above 1 means ours is faster (MB/s), bigger (size) or slower (latency)
                p.put("oursToPeerMBps", ratio(ourMBps, (Double) p.get("MBps")));
                p.put("oursToPeerSize", ratio((Double) row.get("sizeMB"), (Double) p.get("sizeMB")));
                p.put("oursToPeerP50", ratio((Double) row.get("searchP50Ms"), (Double) p.get("searchP50Ms")));
                p.put("oursToPeerP99", ratio((Double) row.get("searchP99Ms"), (Double) p.get("searchP99Ms")));
                note("  peer %s: %s MB/s (ours %.2f), %s MB, search p50 %s ms p99 %s ms, recall %s", peer.getKey(),
                        p.get("MBps"), ourMBps, p.get("sizeMB"), p.get("searchP50Ms"), p.get("searchP99Ms"),
                        p.get("recall"));
                peerRows.add(p);
            }
            row.put("peers", peerRows);
        }
        return row;
    }

    private static double ratio(double ours, double peer) {
        return peer == 0 ? Double.NaN : BenchCommand.round(ours / peer);
    }

    /** The share of (finding, 2-3-character run of it) pairs where searching the run finds the finding. */
    private static double recall(ReportSearcher searcher, Report report, List<PeerIndexes.Item> sample)
            throws IOException, org.reportminer.index.search.QueryException {
        int found = 0;
        int tried = 0;
        for (PeerIndexes.Item it : sample) {
            for (String run : PeerIndexes.runs(it.text())) {
                tried++;
                SearchQuery q = SearchQuery.of(run).withLevel(Level.FINDING).withOrg(report.org())
                        .withYears(report.year(), report.year()).withLimit(SearchQuery.MAX_LIMIT);
                String id = it.id();
                if (searcher.search(q).hits().stream().anyMatch(h -> id.equals(h.reportId() + "/" + h.findingId()))) {
                    found++;
                }
            }
        }
        return tried == 0 ? 1.0 : Math.round(found * 1000.0 / tried) / 1000.0;
    }

    /** Compare time over {@code n} generated reports (organisations of ten yearly reports), median of the runs. */
    Map<String, Object> compare(List<String> texts, int n) {
        List<String> sentences = texts.stream().flatMap(t -> CompareBenchmark.sentences(t).stream()).toList();
        List<String> problems = texts.stream().flatMap(t -> CompareBenchmark.problemSentences(t).stream()).toList();
        if (problems.isEmpty()) {
            throw new CliException(ExitCodes.USAGE, "no sentence names a shortfall (问题, 不足 …) to use as a finding");
        }
        ReportComparer comparer = ReportComparer.standard();
        CompareBenchmark.measure(comparer, sentences, problems, Math.min(n, 20), 1);
        double[] secs = new double[runs];
        CompareBenchmark.Measurement last = null;
        for (int i = 0; i < runs; i++) {
            last = CompareBenchmark.measure(comparer, sentences, problems, n, n);
            secs[i] = last.millis() / 1e3;
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("reports", n);
        row.put("findings", last.findings());
        row.put("links", last.links());
        row.put("seconds", BenchCommand.round(Stats.median(secs)));
        note("compare %d reports (%d findings, %d links): %.2f s", n, last.findings(), last.links(), Stats.median(secs));
        return row;
    }

    /**
     * Median wall time of {@code reportminer search} in a fresh JVM, as a user runs it: through the {@code reportminer}
     * launcher beside the build when there is one (with its start-up options and class-data archive, made by the
     * warm-up run if missing), else {@code java -jar}.
     */
    Object startup(Path store) throws IOException, InterruptedException {
        Path jar = Checkout.jar().orElse(null);
        if (jar == null) {
            return "n/a (not running from the jar)";
        }
        Path root = Checkout.root().orElse(jar.getParent());
        Path launcher = root.resolve("reportminer");
        boolean viaLauncher = Files.isRegularFile(launcher) && jar.equals(root.resolve("cli/target/reportminer.jar"));
        List<String> command = new ArrayList<>(viaLauncher
                ? List.of("bash", launcher.toString())
                : List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        command.addAll(List.of("search", "--store", store.toString(), "--limit", "3", "整改"));
        double[] ms = new double[3];
        for (int i = -1; i < ms.length; i++) {
            ProcessBuilder pb = new ProcessBuilder(command)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
            pb.environment().put("REPORTMINER_SKIP_BUILD", "1");
            long t0 = System.nanoTime();
            int code = pb.start().waitFor();
            if (code != 0) {
                return "failed (exit " + code + ")";
            }
            if (i >= 0) {
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
        }
        double m = Stats.median(ms);
        note("search from a new JVM (%s): %.0f ms", viaLauncher ? "launcher" : "java -jar", m);
        return Math.round(m);
    }

    private void note(String format, Object... args) {
        note.accept(String.format(Locale.ROOT, format, args));
    }
}
