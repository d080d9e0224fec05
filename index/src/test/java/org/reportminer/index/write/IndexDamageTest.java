package org.reportminer.index.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportminer.index.analysis.MaxMatchSegmenter;
import org.reportminer.index.search.ReportSearcher;
import org.reportminer.index.search.TestReports;

/**
 * Issue 9: a damaged {@code segments_N} gave a message about Lucene 8, a zeroed block "Invalid vLong", and neither
 * said to reindex; {@code reindex} itself failed on them. Each kind of damage is made here on a real index.
 */
class IndexDamageTest {

    @TempDir
    Path tmp;
    private final MaxMatchSegmenter segmenter = MaxMatchSegmenter.reportWords();

    private Path twoReports() throws IOException {
        Path dir = tmp.resolve("index");
        try (ReportIndexer indexer = ReportIndexer.open(dir, segmenter)) {
            indexer.indexBatch(List.of(TestReports.minzheng2021(), TestReports.jiaotong2023()));
        }
        return dir;
    }

    private static Path file(Path dir, String prefixOrSuffix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefixOrSuffix)
                    || p.getFileName().toString().endsWith(prefixOrSuffix)).findFirst().orElseThrow();
        }
    }

    private static void zero(Path file, int from, int length) throws IOException {
        byte[] b = Files.readAllBytes(file);
        Arrays.fill(b, from, Math.min(b.length, from + length), (byte) 0);
        Files.write(file, b);
    }

    private Optional<String> searchFailure(Path dir) {
        IOException e = assertThrows(IOException.class, () -> {
            try (ReportSearcher s = ReportSearcher.open(dir, segmenter)) {
                s.stats();
            }
        });
        return IndexDamage.reason(e);
    }

    @Test
    void aSegmentsFileWithAGarbledHeaderIsDamageNotAVersionProblem() throws IOException {
        Path dir = twoReports();
        Path segments = file(dir, "segments_");
        zero(segments, 0, 4);
        assertEquals(Optional.of("unreadable format in " + segments.getFileName()
                + " (damaged, or written by another Lucene version)"), searchFailure(dir));
    }

    @Test
    void aTruncatedSegmentsFileIsDamageNamingTheFile() throws IOException {
        Path dir = twoReports();
        Path segments = file(dir, "segments_");
        byte[] b = Files.readAllBytes(segments);
        Files.write(segments, Arrays.copyOf(b, b.length / 2));
        String reason = searchFailure(dir).orElseThrow();
        assertTrue(reason.endsWith(" in " + segments.getFileName()), reason);
    }

    @Test
    void aMissingSegmentFileIsDamageNamingTheFile() throws IOException {
        Path dir = twoReports();
        Path cfs = file(dir, ".cfs");
        Files.delete(cfs);
        assertEquals(Optional.of("missing file " + cfs.getFileName()), searchFailure(dir));
    }

    @Test
    void aZeroedBlockInsideASegmentIsFoundByVerifyingChecksums() throws IOException {
        Path dir = twoReports();
        assertEquals(Optional.empty(), IndexDamage.verify(dir), "an intact index verifies");
        Path cfs = file(dir, ".cfs");
        zero(cfs, (int) (Files.size(cfs) / 2), 256);
        String reason = IndexDamage.verify(dir).orElseThrow();
        assertTrue(reason.startsWith("checksum failed"), reason);
        assertTrue(reason.endsWith(" in " + cfs.getFileName()), reason);
    }

    @Test
    void otherFailuresAreNotDamage() {
        assertEquals(Optional.empty(), IndexDamage.reason(new IOException("No space left on device")));
        assertEquals(Optional.empty(), IndexDamage.reason(new java.nio.file.NoSuchFileException("/x/index")));
        assertEquals(Optional.empty(), IndexDamage.reason(new IllegalArgumentException("bad query")));
    }

    @Test
    void openEmptyMovesADamagedIndexAsideAndStartsAFreshOne() throws IOException {
        Path dir = twoReports();
        zero(file(dir, "segments_"), 0, 4);
        List<String> notices = new ArrayList<>();
        try (ReportIndexer indexer = ReportIndexer.openEmpty(dir, segmenter, notices::add)) {
            indexer.indexBatch(List.of(TestReports.minzheng2022()));
            assertEquals(Set.of(TestReports.minzheng2022().id()), indexer.reportIds());
        }
        assertEquals(1, notices.size(), notices.toString());
        Path aside;
        try (Stream<Path> s = Files.list(tmp)) {
            aside = s.filter(p -> p.getFileName().toString().startsWith("index.broken-")).findFirst().orElseThrow();
        }
        assertTrue(notices.get(0).startsWith("index " + dir + " is damaged (unreadable format in segments_"),
                notices.get(0));
        assertTrue(notices.get(0).endsWith("; moved it to " + aside + " and building a new one"), notices.get(0));
        assertEquals(Set.of(TestReports.minzheng2022().id()), IndexedReports.read(dir));
    }

    @Test
    void openEmptyDropsEveryDocumentOfAnIntactIndexAtTheNextCommit() throws IOException {
        Path dir = twoReports();
        List<String> notices = new ArrayList<>();
        try (ReportIndexer indexer = ReportIndexer.openEmpty(dir, segmenter, notices::add)) {
            assertEquals(2, IndexedReports.read(dir).size(), "searchers see the old index until the commit");
            indexer.commit();
        }
        assertEquals(Set.of(), IndexedReports.read(dir));
        assertEquals(List.of(), notices);
    }

    @Test
    void openEmptyNeverMovesAnIndexThatIsOnlyLocked() throws IOException {
        Path dir = twoReports();
        try (ReportIndexer holder = ReportIndexer.open(dir, segmenter)) {
            IOException e = assertThrows(IOException.class, () -> ReportIndexer.openEmpty(dir, segmenter, n -> { }));
            assertTrue(e.getMessage().contains("index is locked by another writer"), e.getMessage());
        }
        try (Stream<Path> s = Files.list(tmp)) {
            assertFalse(s.anyMatch(p -> p.getFileName().toString().startsWith("index.broken-")));
        }
    }
}
