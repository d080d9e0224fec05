package org.reportminer.corpus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.reportminer.corpus.model.Report;
import org.reportminer.corpus.testing.SharedData;

/** Issue 2: all 83 real government work reports ingest without a problem, with page clutter removed. */
class CorporaIngestTest {

    @Test
    void everyCorpusFileIngestsWithoutProblemAndWithoutClutter() throws IOException {
        List<Path> files = SharedData.corpusFiles();
        assertEquals(83, files.size(), "corpus files");
        List<String> problems = new ArrayList<>();
        List<String> clutter = new ArrayList<>();
        try (Ingester ingester = new Ingester()) {
            for (Path file : files) {
                IngestResult result = ingester.ingest(file, MetadataOverrides.none());
                if (!result.ok()) {
                    problems.add(result.asProblem().orElseThrow().line());
                    continue;
                }
                Report r = result.asReport().orElseThrow();
                r.text().lines().filter(line -> IngestPatterns.CLUTTER_LINE.matcher(line).matches()
                                || line.equals("】") || line.startsWith("【字") || line.equals("Public domain"))
                        .forEach(line -> clutter.add(file.getFileName() + ": " + line));
                assertFalse(r.text().contains("\n\n"), "no blank lines in " + file);
                assertTrue(r.title() != null && r.title().contains("报告"), file + " title " + r.title());
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(List.of(), clutter);
    }

    @Test
    void provincialReportLosesItsToolbarAndStartsWithItsTitle() throws IOException {
        Path file;
        try (Stream<Path> s = Files.list(SharedData.corpora().resolve("provincial-2026"))) {
            file = s.filter(p -> p.getFileName().toString().contains("上海")).findFirst().orElseThrow();
        }
        try (Ingester ingester = new Ingester()) {
            Report r = ingester.ingest(file, MetadataOverrides.none()).asReport().orElseThrow();
            assertEquals("2026年上海市政府工作报告", r.title());
            String original = Files.readString(file);
            // the title is mapped back to where it stands in the scraped page, after the toolbar
            int at = r.offsetMap().toOriginal(0);
            assertEquals("2026年上海市政府工作报告", original.substring(at, at + r.title().length()));
            assertTrue(at > original.indexOf("减小"));
        }
    }
}
