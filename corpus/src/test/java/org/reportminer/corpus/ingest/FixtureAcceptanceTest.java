package org.reportminer.corpus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reportminer.corpus.model.Report;
import org.reportminer.corpus.testing.SharedData;

/** Issue 2 acceptance: every fixture (the seeds as an office suite saved them) normalises to the seed's paragraphs. */
class FixtureAcceptanceTest {

    private static Ingester ingester;
    private static final TextNormalizer NORMALIZER = new TextNormalizer();

    @BeforeAll
    static void start() {
        ingester = new Ingester();
    }

    @AfterAll
    static void stop() {
        ingester.close();
    }

    private static String diff(String expected, String actual) {
        int at = 0;
        while (at < expected.length() && at < actual.length() && expected.charAt(at) == actual.charAt(at)) {
            at++;
        }
        int from = Math.max(0, at - 30);
        return ", char " + at + "\nexpected: …" + expected.substring(from, Math.min(expected.length(), at + 30))
                + "\nactual:   …" + actual.substring(from, Math.min(actual.length(), at + 30));
    }

    static Stream<Arguments> fixtures() {
        return Stream.of(
                Arguments.of("seed000.doc", "000_"), Arguments.of("seed000.docx", "000_"),
                Arguments.of("seed000.gbk.txt", "000_"), Arguments.of("seed000.pdf", "000_"),
                Arguments.of("seed001.docx", "001_"), Arguments.of("seed001.odt", "001_"),
                Arguments.of("seed001.gbk.txt", "001_"), Arguments.of("seed001.pdf", "001_"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void fixtureNormalisesToTheSeedParagraphs(String fixture, String seedPrefix) throws IOException {
        Path seed;
        try (Stream<Path> s = Files.list(SharedData.seeds())) {
            seed = s.filter(p -> p.getFileName().toString().startsWith(seedPrefix)).findFirst().orElseThrow();
        }
        List<String> expected = NORMALIZER.normalize(Files.readString(seed)).text().lines().toList();
        IngestResult result = ingester.ingest(SharedData.fixtures().resolve(fixture), MetadataOverrides.none());
        Report report = result.asReport().orElseThrow(() -> new AssertionError(result.asProblem().get().line()));
        List<String> actual = report.text().lines().toList();
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                fail(fixture + " differs first at paragraph " + (i + 1) + diff(expected.get(i), actual.get(i)));
            }
        }
        assertEquals(expected.size(), actual.size(), fixture + " paragraph count");
        assertTrue(expected.size() > 20, "seed has paragraphs");
    }
}
