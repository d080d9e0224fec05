package org.reportminer.cli.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportminer.corpus.ingest.IngestOptions;
import org.reportminer.corpus.ingest.Ingester;
import org.reportminer.corpus.ingest.MetadataOverrides;
import org.reportminer.corpus.model.Problem;
import org.reportminer.corpus.model.Report;
import org.reportminer.corpus.store.PutOutcome;
import org.reportminer.index.backend.EmbeddedReportIndex;
import org.reportminer.index.backend.ReportIndex;
import org.reportminer.index.search.HighlightTags;
import org.reportminer.index.search.IndexStats;
import org.reportminer.index.search.QueryException;
import org.reportminer.index.search.SearchQuery;
import org.reportminer.index.search.SearchResult;
import org.reportminer.index.write.IndexedReports;
import org.reportminer.pipeline.ReportAnalyser;
import org.reportminer.pipeline.ReportExtractor;
import org.reportminer.pipeline.segment.DomainTerms;
import org.reportminer.pipeline.segment.Segmenter;
import org.reportminer.pipeline.segment.hanlp.HanlpSegmenter;

/** {@link IngestJob} on small generated reports, with a parser that counts its calls. */
class IngestJobTest {
    private static Segmenter segmenter;
    private static ReportAnalyser analysis;
    private static final Ingester INGESTER = new Ingester();

    @TempDir
    Path dir;
    private final AtomicInteger parses = new AtomicInteger();

    @BeforeAll
    static void loadHanlp() {
        segmenter = new HanlpSegmenter(DomainTerms.builtIn());
        analysis = new ReportAnalyser(ReportExtractor.standard(segmenter, DomainTerms.builtIn()));
    }

    private BatchReader countingReader() {
        return new BatchReader((file, overrides) -> {
            parses.incrementAndGet();
            return INGESTER.ingest(file, overrides);
        }, IngestOptions.DEFAULT_MAX_BYTES, analysis, 2);
    }

    private List<Path> reports(int n) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Path f = in.resolve(String.format("r%03d.txt", i));
            Files.writeString(f, "青禾市第" + i + "单位巡察整改进展情况\n一、存在的问题\n（一）接待审批不严格\n整改情况：①修订办法"
                    + i + "项，已完成。\n", StandardCharsets.UTF_8);
            files.add(f);
        }
        return files;
    }

    /** What a run told its listener. */
    private static class Recorder implements IngestJob.Listener {
        final List<PutOutcome> outcomes = new ArrayList<>();
        final List<Problem> problems = new ArrayList<>();
        final List<String> notices = new ArrayList<>();
        final Runnable onStored;

        Recorder(Runnable onStored) {
            this.onStored = onStored;
        }

        @Override
        public void stored(PutOutcome outcome, Report report) {
            outcomes.add(outcome);
            onStored.run();
        }

        @Override
        public void failed(Problem problem) {
            problems.add(problem);
        }

        @Override
        public void notice(String line) {
            notices.add(line);
        }
    }

    /** Issue 9: re-ingesting an unchanged 61 MB file re-parsed it for 27 s before saying "unchanged". */
    @Test
    void aKnownFileIsRecognisedFromItsHashWithoutBeingParsed() throws IOException {
        List<Path> files = reports(3);
        Path store = dir.resolve("store");
        new IngestJob(countingReader(), segmenter).run(files, MetadataOverrides.none(), store, new Recorder(() -> { }));
        assertEquals(3, parses.get());

        Recorder again = new Recorder(() -> { });
        new IngestJob(countingReader(), segmenter).run(files, MetadataOverrides.none(), store, again);
        assertEquals(3, parses.get(), "no file was parsed again");
        assertEquals(List.of(PutOutcome.Kind.UNCHANGED, PutOutcome.Kind.UNCHANGED, PutOutcome.Kind.UNCHANGED),
                again.outcomes.stream().map(PutOutcome::kind).toList());

        Files.writeString(files.get(1), "青禾市改过的单位巡察整改进展情况\n一、存在的问题\n（一）台账缺失\n", StandardCharsets.UTF_8);
        Recorder changed = new Recorder(() -> { });
        new IngestJob(countingReader(), segmenter).run(files, MetadataOverrides.none(), store, changed);
        assertEquals(4, parses.get(), "only the changed file is parsed");
        assertEquals(PutOutcome.Kind.REPLACED, changed.outcomes.get(1).kind());
    }

    @Test
    void aStoredCopyFoundUnreadableIsQuarantinedAndStoredAgainFromTheFile() throws IOException {
        List<Path> files = reports(1);
        Path store = dir.resolve("store");
        Recorder first = new Recorder(() -> { });
        new IngestJob(countingReader(), segmenter).run(files, MetadataOverrides.none(), store, first);
        String id = first.outcomes.get(0).id();
        Path json = store.resolve("reports/" + id + ".json");
        Files.writeString(json, Files.readString(json, StandardCharsets.UTF_8).substring(0, 200), StandardCharsets.UTF_8);

        Recorder again = new Recorder(() -> { });
        new IngestJob(countingReader(), segmenter).run(files, MetadataOverrides.none(), store, again);
        assertEquals(List.of(new PutOutcome(PutOutcome.Kind.ADDED, id, null)), again.outcomes);
        assertEquals(2, parses.get(), "the file is read again in place of its unusable stored copy");
        assertEquals(1, again.notices.size(), again.notices.toString());
        assertTrue(again.notices.get(0).startsWith("quarantined unreadable report file " + json), again.notices.toString());
        assertTrue(Files.isRegularFile(store.resolve("quarantine/" + id + ".json")));
        assertTrue(IndexedReports.read(store.resolve("index")).contains(id));
    }

    /** A segmenter for the index that fails on one word, as an over-long term or a tokenizer bug would. */
    private static Segmenter refusing(String word) {
        return text -> {
            if (text.contains(word)) {
                throw new IllegalArgumentException("cannot analyse '" + word + "'");
            }
            return segmenter.segment(text);
        };
    }

    @Test
    void aReportTheIndexRefusesFailsOnlyItsFileAndEveryRunSaysSo() throws IOException {
        List<Path> files = reports(3);
        Files.writeString(files.get(1), "青禾市拒收单位巡察整改进展情况\n一、存在的问题\n（一）台账缺失\n", StandardCharsets.UTF_8);
        Path store = dir.resolve("store");
        for (int run = 0; run < 2; run++) {
            Recorder recorder = new Recorder(() -> { });
            new IngestJob(countingReader(), refusing("拒收")).run(files, MetadataOverrides.none(), store, recorder);
            assertEquals(3, recorder.outcomes.size(), "all three are stored");
            assertEquals(1, recorder.problems.size(), recorder.problems.toString());
            Problem p = recorder.problems.get(0);
            assertEquals(files.get(1).toString(), p.source());
            assertEquals("stored as " + recorder.outcomes.get(1).id() + ", but the index refused it: cannot analyse '拒收'",
                    p.message());
            assertEquals(2, IndexedReports.read(store.resolve("index")).size());
        }
    }

    @Test
    void theIndexCommitsEveryBatchWhileALongRunGoesOn() throws IOException {
        List<Path> files = reports(2 * IngestJob.COMMIT_EVERY + 12);
        Path store = dir.resolve("store");
        List<Integer> committedWhenStored = new ArrayList<>();
        Recorder recorder = new Recorder(() -> {
            try {
                committedWhenStored.add(IndexedReports.read(store.resolve("index")).size());
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        new IngestJob(countingReader(), segmenter).run(files, MetadataOverrides.none(), store, recorder);
        // a listener hears of a report before its batch commits, and a batch commits while the next one is read:
        // the first batch is committed once the next one is full, i.e. when the report after it is heard
        assertEquals(0, committedWhenStored.get(IngestJob.COMMIT_EVERY - 1));
        assertTrue(committedWhenStored.get(2 * IngestJob.COMMIT_EVERY) >= IngestJob.COMMIT_EVERY,
                committedWhenStored.toString());
        assertEquals(2 * IngestJob.COMMIT_EVERY + 12, IndexedReports.read(store.resolve("index")).size());
    }

    @Test
    void theIndexAlsoCommitsWhenABatchHasWaitedLongEnough() throws IOException {
        List<Path> files = reports(4);
        Path store = dir.resolve("store");
        AtomicLong clock = new AtomicLong();
        List<Integer> committedWhenStored = new ArrayList<>();
        Recorder recorder = new Recorder(() -> {
            // each file takes longer than the commit interval
            clock.addAndGet(IngestJob.COMMIT_INTERVAL.toNanos() + 1);
            try {
                committedWhenStored.add(IndexedReports.read(store.resolve("index")).size());
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        new IngestJob(countingReader(), segmenter, clock::get).run(files, MetadataOverrides.none(), store, recorder);
        // each report's commit starts at once and is done when the report after the next is heard
        assertEquals(0, committedWhenStored.get(0));
        assertTrue(committedWhenStored.get(2) >= 1 && committedWhenStored.get(3) >= 2, committedWhenStored.toString());
        assertEquals(4, IndexedReports.read(store.resolve("index")).size());
    }

    /**
     * Issue 15: Lucene's flush inside a commit (a quarter of ingest CPU) ran on the loop's thread, so the readers and
     * the index threads stalled until it was done. Now the next batch is heard while the first one commits.
     */
    @Test
    void theNextBatchIsReadAndIndexedWhileTheLastOneCommits() throws IOException {
        List<Path> files = reports(IngestJob.COMMIT_EVERY + 5);
        Path store = dir.resolve("store");
        AtomicInteger heard = new AtomicInteger();
        CountDownLatch nextBatchHeard = new CountDownLatch(1);
        AtomicBoolean overlapped = new AtomicBoolean();
        AtomicInteger commits = new AtomicInteger();
        IngestJob.IndexOpener slowFirstCommit = storeDir -> new Forwarding(
                new EmbeddedReportIndex(storeDir.resolve("index"), segmenter, null)) {
            @Override
            public void commit() throws IOException {
                if (commits.incrementAndGet() == 1) {
                    try {
                        overlapped.set(nextBatchHeard.await(5, TimeUnit.SECONDS));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                super.commit();
            }
        };
        Recorder recorder = new Recorder(() -> {
            if (heard.incrementAndGet() > IngestJob.COMMIT_EVERY) {
                nextBatchHeard.countDown();
            }
        });
        new IngestJob(countingReader(), System::nanoTime, slowFirstCommit)
                .run(files, MetadataOverrides.none(), store, recorder);
        assertTrue(overlapped.get(), "a report of the next batch was heard while the first batch committed");
        assertEquals(IngestJob.COMMIT_EVERY + 5, IndexedReports.read(store.resolve("index")).size(),
                "and the run ends with everything committed");
    }

    /** A {@link ReportIndex} that forwards every call, for tests that change one. */
    private static class Forwarding implements ReportIndex {
        private final ReportIndex to;

        Forwarding(ReportIndex to) {
            this.to = to;
        }

        @Override
        public void index(Report report) throws IOException {
            to.index(report);
        }

        @Override
        public void delete(String reportId) throws IOException {
            to.delete(reportId);
        }

        @Override
        public void deleteAll() throws IOException {
            to.deleteAll();
        }

        @Override
        public Set<String> reportIds() throws IOException {
            return to.reportIds();
        }

        @Override
        public void commit() throws IOException {
            to.commit();
        }

        @Override
        public SearchResult search(SearchQuery query, HighlightTags tags) throws QueryException, IOException {
            return to.search(query, tags);
        }

        @Override
        public IndexStats stats() throws IOException {
            return to.stats();
        }

        @Override
        public String describe() {
            return to.describe();
        }

        @Override
        public void close() throws IOException {
            to.close();
        }
    }

    @Test
    void aRunRemovesIndexEntriesOfReportsNoLongerStored() throws IOException {
        List<Path> files = reports(2);
        Path store = dir.resolve("store");
        new IngestJob(countingReader(), segmenter).run(files, MetadataOverrides.none(), store, new Recorder(() -> { }));
        String gone;
        try (var s = org.reportminer.corpus.store.ReportStore.openForWrite(store)) {
            gone = s.remove(files.get(0).toString()).orElseThrow();
        }
        assertTrue(IndexedReports.read(store.resolve("index")).contains(gone));
        int[] repaired = new int[2];
        new IngestJob(countingReader(), segmenter).run(files.subList(1, 2), MetadataOverrides.none(), store,
                new Recorder(() -> { }) {
                    @Override
                    public void repaired(int indexed, int removed) {
                        repaired[0] = indexed;
                        repaired[1] = removed;
                    }
                });
        assertFalse(IndexedReports.read(store.resolve("index")).contains(gone));
        assertEquals(0, repaired[0]);
        assertEquals(1, repaired[1]);
    }
}
