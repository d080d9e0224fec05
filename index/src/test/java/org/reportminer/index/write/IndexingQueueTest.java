package org.reportminer.index.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportminer.corpus.model.Report;
import org.reportminer.index.analysis.MaxMatchSegmenter;
import org.reportminer.index.search.ReportSearcher;
import org.reportminer.index.search.SearchQuery;
import org.reportminer.index.search.TestReports;

class IndexingQueueTest {

    @TempDir
    Path tmp;
    private final MaxMatchSegmenter segmenter = MaxMatchSegmenter.reportWords();

    private static Report copy(Report a, String id) {
        return new Report(id, a.source() + id, a.mediaType(), a.charset(), a.bytes(), a.sha256(), a.title(), a.org(),
                a.year(), a.kind(), false, a.text(), null, a.extraction());
    }

    @Test
    void reportsIndexedOnTwoThreadsAreAllInTheCommitAfterAwaitAll() throws Exception {
        Path dir = tmp.resolve("index");
        try (ReportIndexer indexer = ReportIndexer.open(dir, segmenter);
             IndexingQueue queue = new IndexingQueue(indexer, 2)) {
            for (int i = 0; i < 40; i++) {
                queue.submit(copy(TestReports.minzheng2021(), "r" + i));
            }
            queue.awaitAll();
            indexer.commit();
            // 12 documents per report: 1 report, 3 sections, 3 findings, 4 measures, 1 count.
            assertEquals(40 * 12, indexer.documentCount());
        }
        try (ReportSearcher searcher = ReportSearcher.open(dir, segmenter)) {
            assertEquals(40, searcher.stats().reports().total());
            assertEquals(120, searcher.stats().findings().total());
            assertTrue(searcher.search(SearchQuery.of("整改")).total() > 0);
        }
    }

    @Test
    void deleteWaitsForAQueuedReportOfTheSameId() throws Exception {
        Path dir = tmp.resolve("index");
        try (ReportIndexer indexer = ReportIndexer.open(dir, segmenter);
             IndexingQueue queue = new IndexingQueue(indexer, 2)) {
            queue.submit(TestReports.minzheng2021());
            queue.submit(TestReports.jiaotong2023());
            queue.delete(TestReports.minzheng2021().id());
            queue.awaitAll();
            indexer.commit();
        }
        try (ReportSearcher searcher = ReportSearcher.open(dir, segmenter)) {
            assertEquals(1, searcher.stats().reports().total());
        }
    }

    /**
     * Issue 9: one report the index refused (e.g. an immense term) failed the whole ingest, and since it stayed stored
     * but unindexed, every later ingest that tried it again would fail too.
     */
    @Test
    void aReportTheIndexRefusesIsSetAsideAndTheOthersAreIndexed() throws Exception {
        Report a = TestReports.minzheng2021();
        Report cut = new Report(a.id(), a.source(), a.mediaType(), a.charset(), a.bytes(), a.sha256(), a.title(),
                a.org(), a.year(), a.kind(), true, a.text().substring(0, 40), null, a.extraction());
        Path dir = tmp.resolve("index");
        try (ReportIndexer indexer = ReportIndexer.open(dir, segmenter);
             IndexingQueue queue = new IndexingQueue(indexer, 2)) {
            queue.submit(cut);
            queue.submit(TestReports.jiaotong2023());
            queue.awaitAll();
            indexer.commit();
            List<IndexingQueue.Rejected> rejected = queue.takeRejected();
            assertEquals(1, rejected.size());
            assertEquals(cut, rejected.get(0).report());
            assertTrue(rejected.get(0).reason().endsWith("lies outside the text of length 40"), rejected.toString());
            assertEquals(List.of(), queue.takeRejected(), "taken once");
        }
        assertEquals(Set.of(TestReports.jiaotong2023().id()), IndexedReports.read(dir));
    }

    @Test
    void zeroThreadsIsRejected() throws IOException {
        try (ReportIndexer indexer = ReportIndexer.open(tmp.resolve("index"), segmenter)) {
            assertThrows(IllegalArgumentException.class, () -> new IndexingQueue(indexer, 0));
        }
    }
}
