package org.reportminer.pipeline;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reportminer.corpus.ingest.IngestResult;
import org.reportminer.corpus.ingest.Ingester;
import org.reportminer.corpus.ingest.MetadataOverrides;
import org.reportminer.corpus.model.Extraction;
import org.reportminer.corpus.model.Report;
import org.reportminer.corpus.testing.SharedData;

/**
 * Issue 3 acceptance: every file in {@code shared/fixtures/} (each seed saved as .doc, .docx, .odt, .pdf and GBK
 * text), read by the corpus {@link Ingester} and extracted, meets the same {@code seeds/expected/*.json} as the seed
 * .txt does.
 */
class FixtureAcceptanceTest {

    private static ReportExtractor extractor;
    private static Ingester ingester;

    @BeforeAll
    static void setUp() {
        extractor = ReportExtractor.standard();
        ingester = new Ingester();
    }

    @AfterAll
    static void tearDown() {
        ingester.close();
    }

    static Stream<Path> fixtures() throws IOException {
        Path dir = SharedData.fixtures();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Ingester::supports).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void fixtureMeetsItsSeedExpectations(Path file) {
        IngestResult r = ingester.ingest(file, MetadataOverrides.none());
        assertInstanceOf(IngestResult.Ingested.class, r, () -> file + ": " + r);
        Report report = ((IngestResult.Ingested) r).report();
        String text = report.text();
        Extraction e = extractor.extract(text);
        String name = file.getFileName().toString();
        assertTrue(name.startsWith("seed000") || name.startsWith("seed001"), "unknown fixture " + name);
        if (name.startsWith("seed000")) {
            SeedExpectations.all000(text, e);
        } else {
            SeedExpectations.all001(text, e);
        }
    }
}
