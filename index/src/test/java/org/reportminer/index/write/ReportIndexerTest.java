package org.reportminer.index.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportminer.corpus.model.Report;
import org.reportminer.index.analysis.MaxMatchSegmenter;
import org.reportminer.index.search.ReportSearcher;
import org.reportminer.index.search.TestReports;

class ReportIndexerTest {

    @TempDir
    Path tmp;
    private final MaxMatchSegmenter segmenter = MaxMatchSegmenter.reportWords();

    /** LUCENE-4738: a crash during the first commit may corrupt an index, so creation commits an empty one at once. */
    @Test
    void openingANewIndexCommitsAnEmptyIndexAtOnce() throws IOException {
        Path dir = tmp.resolve("index");
        try (ReportIndexer indexer = ReportIndexer.open(dir, segmenter)) {
            try (Directory d = FSDirectory.open(dir)) {
                assertTrue(DirectoryReader.indexExists(d));
            }
            try (ReportSearcher searcher = ReportSearcher.open(dir, segmenter)) {
                assertEquals(0, searcher.stats().reports().total());
            }
            assertEquals(0, indexer.documentCount());
        }
    }

    @Test
    void oneReportBecomesReportSectionFindingMeasureAndCountDocuments() throws IOException {
        try (ReportIndexer indexer = ReportIndexer.open(tmp.resolve("index"), segmenter)) {
            indexer.indexBatch(List.of(TestReports.minzheng2021()));
            // 1 report + 3 sections + 3 findings + 4 measures + 1 count.
            assertEquals(12, indexer.documentCount());
        }
    }

    @Test
    void reportWithoutExtractionIsOneReportDocument() throws IOException {
        Report bare = TestReports.minzheng2021().withExtraction(null);
        try (ReportIndexer indexer = ReportIndexer.open(tmp.resolve("index"), segmenter)) {
            indexer.indexBatch(List.of(bare));
            assertEquals(1, indexer.documentCount());
        }
    }

    @Test
    void writerClosedWithoutCommitLeavesTheLastCommitSearchable() throws IOException {
        Path dir = tmp.resolve("index");
        try (ReportIndexer indexer = ReportIndexer.open(dir, segmenter)) {
            indexer.indexBatch(List.of(TestReports.minzheng2021()));
            indexer.index(TestReports.jiaotong2023());
            indexer.flushForTest();
            try (ReportSearcher searcher = ReportSearcher.open(dir, segmenter)) {
                assertEquals(1, searcher.stats().reports().total(), "uncommitted report is invisible");
            }
        }
        try (ReportSearcher searcher = ReportSearcher.open(dir, segmenter)) {
            assertEquals(1, searcher.stats().reports().total(), "close() discarded the uncommitted report");
            assertEquals(3, searcher.stats().findings().total());
        }
    }

    @Test
    void reportIdsFollowAddsAndDeletesBeforeTheCommitAndReadSeesOnlyTheCommit() throws IOException {
        Path dir = tmp.resolve("index");
        String a = TestReports.minzheng2021().id();
        String b = TestReports.jiaotong2023().id();
        try (ReportIndexer indexer = ReportIndexer.open(dir, segmenter)) {
            assertEquals(Set.of(), indexer.reportIds());
            indexer.indexBatch(List.of(TestReports.minzheng2021(), TestReports.jiaotong2023()));
            indexer.index(TestReports.minzheng2021());
            indexer.deleteReport(b);
            assertEquals(Set.of(a), indexer.reportIds(), "re-indexed once, deleted one, not committed yet");
            assertEquals(Set.of(a, b), IndexedReports.read(dir), "readers see the last commit");
            indexer.commit();
        }
        assertEquals(Set.of(a), IndexedReports.read(dir));
        assertEquals(Set.of(), IndexedReports.read(tmp.resolve("nowhere")));
    }

    /** Like Lucene's TestIndexWriterOnJRECrash: kill -9 a JVM with flushed but uncommitted segments. */
    @Test
    void killedProcessLeavesTheLastCommitSearchable() throws Exception {
        Path dir = tmp.resolve("index");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                KilledIndexerMain.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            StringBuilder seen = new StringBuilder();
            while ((line = out.readLine()) != null && !line.equals("FLUSHED")) {
                seen.append(line).append('\n');
            }
            assertEquals("FLUSHED", line, "child output: " + seen);
            try (Stream<Path> files = Files.list(dir)) {
                assertTrue(files.count() > 4, "uncommitted segment files are on disk");
            }
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        try (Directory d = FSDirectory.open(dir); CheckIndex check = new CheckIndex(d)) {
            assertTrue(check.checkIndex().clean, "CheckIndex finds the last commit clean");
        }
        try (ReportSearcher searcher = ReportSearcher.open(dir, segmenter)) {
            assertEquals(1, searcher.stats().reports().total());
        }
        try (ReportIndexer indexer = ReportIndexer.open(dir, segmenter)) {
            indexer.indexBatch(List.of(TestReports.jiaotong2023()));
        }
        try (ReportSearcher searcher = ReportSearcher.open(dir, segmenter)) {
            assertEquals(2, searcher.stats().reports().total(), "a new writer recovers and commits");
        }
    }

    @Test
    void secondWriterOnTheSameIndexFailsWithAClearMessage() throws IOException {
        Path dir = tmp.resolve("index");
        try (ReportIndexer first = ReportIndexer.open(dir, segmenter)) {
            IOException e = assertThrows(IOException.class, () -> ReportIndexer.open(dir, segmenter));
            assertEquals(dir + ": index is locked by another writer (is another ingest running?)", e.getMessage());
        }
    }

    @Test
    void spanOutsideTheTextIsRejectedNamingTheReport() throws IOException {
        Report a = TestReports.minzheng2021();
        Report cut = new Report(a.id(), a.source(), a.mediaType(), a.charset(), a.bytes(), a.sha256(), a.title(), a.org(),
                a.year(), a.kind(), true, a.text().substring(0, 40), null, a.extraction());
        try (ReportIndexer indexer = ReportIndexer.open(tmp.resolve("index"), segmenter)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> indexer.index(cut));
            assertTrue(e.getMessage().startsWith("report " + a.id() + ": "), e.getMessage());
            assertTrue(e.getMessage().endsWith("lies outside the text of length 40"), e.getMessage());
        }
    }
}
