package org.reportminer.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reportminer.corpus.io.JsonCodec;
import org.reportminer.corpus.model.Extraction;

/**
 * Hand-checked test reports of a fictional organisation, one per structural shape, in
 * {@code src/test/resources/golden/<case>.txt} with the expected extraction beside it as {@code <case>.json}. On a
 * mismatch the actual output is written to {@code target/golden-actual/}; {@code -Dgolden.update=true} rewrites the
 * expected files (review every refresh by hand).
 *
 * <p>The goldens are written and read by the product's own JSON codec ({@link JsonCodec}, the mapper behind the store
 * and {@code extract --format json}), so they pin the bytes reportminer emits (issue 10: they used to pin a second
 * mapper that nothing in the product used).
 */
class GoldenExtractionTest {

    private static final Path DIR = Path.of("src/test/resources/golden");
    private static ReportExtractor extractor;
    private static final JsonCodec JSON = new JsonCodec();

    @BeforeAll
    static void build() {
        extractor = ReportExtractor.standard();
    }

    static Stream<String> cases() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void extractionMatchesTheHandCheckedGolden(String name) throws IOException {
        String text = Files.readString(DIR.resolve(name + ".txt"), StandardCharsets.UTF_8);
        Extraction e = extractor.extract(text);
        Invariants.assertOffsets(text, e);
        String actual = JSON.toJson(e);
        Path expectedFile = DIR.resolve(name + ".json");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
        }
        String expected = Files.exists(expectedFile) ? Files.readString(expectedFile, StandardCharsets.UTF_8) : "";
        if (!expected.equals(actual)) {
            Path out = Path.of("target/golden-actual").resolve(name + ".json");
            Files.createDirectories(out.getParent());
            Files.writeString(out, actual, StandardCharsets.UTF_8);
            assertEquals(expected, actual, "golden " + name + " differs; actual written to " + out
                    + " (diff it; refresh with -Dgolden.update=true only after review)");
        }
        assertEquals(e, JSON.fromJson(expected, Extraction.class), "golden " + name + " does not read back to the same extraction");
    }
}
