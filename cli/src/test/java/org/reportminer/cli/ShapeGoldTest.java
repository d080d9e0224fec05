package org.reportminer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reportminer.corpus.testing.SharedData;

/**
 * Issue 11, "your own shapes": every folder under {@code examples/shapes/} is one report shape we wrote ourselves,
 * with gold written by hand in its {@code manifest.json}. {@code eval} must be exact on each (every figure 1.0, no
 * fixed-term count) unless {@code shape-floors.properties} names a figure that is not there yet, with its floor.
 */
class ShapeGoldTest {
    private static final List<String> FIGURES =
            List.of("findingRecall", "findingPrecision", "measureCountRight", "statedRecall", "metadataRight");

    @TempDir
    Path dir;

    static Stream<Path> shapes() throws IOException {
        Path root = SharedData.repoRoot().resolve("examples/shapes");
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("manifest.json"))).sorted().toList().stream();
        }
    }

    @Test
    void everyShapeOfItem2HasItsOwnReport() throws IOException {
        List<String> names = shapes().map(p -> p.getFileName().toString()).toList();
        assertTrue(names.containsAll(List.of("areas", "inline", "nested", "pdfwrap", "audit", "duty", "labelled",
                "table", "subproblems")), names.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void evalIsExactOnEachOfOurOwnShapes(Path shape) throws IOException {
        String name = shape.getFileName().toString();
        CliRunner.Result r = new CliRunner(dir).run("eval", "--json", "--misses", shape.toString());
        assertEquals(0, r.exitCode(), r.toString());
        JsonNode json = SharedStore.json(r.out());
        assertFalse(json.get("reports").isEmpty(), name + " has no annotated report");
        Properties floors = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/shape-floors.properties")) {
            floors.load(in);
        }
        JsonNode all = json.get("all");
        for (String figure : FIGURES) {
            double floor = Double.parseDouble(floors.getProperty(name + "." + figure, "1.0"));
            double got = all.get(figure).isNull() ? 1.0 : all.get(figure).asDouble();
            assertTrue(got + 1e-9 >= floor, name + ": " + figure + " = " + got + ", floor " + floor + "\n" + r.out());
        }
        assertEquals(0, all.get("fixedTermCounts").asInt(), name + ": counts inside fixed terms\n" + r.out());
    }
}
