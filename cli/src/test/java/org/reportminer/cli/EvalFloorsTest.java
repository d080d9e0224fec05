package org.reportminer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportminer.corpus.testing.SharedData;

/**
 * Issue 11: the extraction's figures on the development set (../shared/realworld) and the seeds never fall below the
 * floors kept in {@code eval-floors.properties}. Gold comes from the hand-written annotations only.
 */
class EvalFloorsTest {
    @TempDir
    Path dir;

    @Test
    void evalOnTheDevelopmentSetAndSeedsHoldsTheFloors() throws IOException {
        Path realworld = SharedData.root().resolve("realworld");
        Path seeds = SharedData.seeds();
        CliRunner.Result r = new CliRunner(dir).run("eval", "--json", realworld.toString(), seeds.toString());
        assertEquals(0, r.exitCode(), r.toString());
        JsonNode json = SharedStore.json(r.out());
        assertEquals(5, json.get("reports").size(), "three development reports and two seeds");
        Properties floors = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/eval-floors.properties")) {
            floors.load(in);
        }
        JsonNode complete = json.get("complete");
        for (String name : floors.stringPropertyNames()) {
            String figure = name.substring("complete.".length());
            double bound = Double.parseDouble(floors.getProperty(name));
            if (figure.endsWith(".max")) {
                int got = complete.get(figure.substring(0, figure.length() - 4)).asInt();
                assertTrue(got <= bound, figure + " = " + got + ", ceiling " + bound + "\n" + r.out());
            } else {
                double got = complete.get(figure).asDouble();
                assertTrue(got + 1e-9 >= bound, figure + " = " + got + ", floor " + bound + "\n" + r.out());
            }
        }
        JsonNode seed000 = json.get("reports").get(3);
        assertEquals("000_cfb4a43ddcff399c.txt", seed000.get("file").asText());
        assertEquals(34, seed000.get("foundFindings").asInt(), "the seed stays exact");
        assertEquals(34, seed000.get("measuresRight").asInt(), "the seed stays exact");
        assertEquals(14, json.get("reports").get(4).get("statedFound").asInt(), "seed 001's counts all found");
    }

    @Test
    void evalOnAFolderWithoutGoldIsAUsageError() throws IOException {
        Files.createDirectories(dir.resolve("empty"));
        CliRunner.Result r = new CliRunner(dir).run("eval", "empty");
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.toString());
        assertTrue(r.err().contains("no gold here"), r.toString());
    }

    @Test
    void aManifestEntryWithoutItsNumberIsOneLineNamingTheFile() throws IOException {
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Files.writeString(gold.resolve("manifest.json"),
                "[{\"file\":\"r.txt\",\"stated\":{\"k\":{\"unit\":\"个\",\"quote\":\"3个\"}}}]");
        CliRunner.Result r = new CliRunner(dir).run("eval", "gold");
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.toString());
        assertEquals(1, r.err().lines().count(), r.toString());
        assertTrue(r.err().contains("manifest.json: not a gold annotation: stated number k has no \"n\""), r.toString());
    }

    @Test
    void aManifestThatIsNotJsonIsAUsageErrorNamingTheFile() throws IOException {
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Files.writeString(gold.resolve("manifest.json"), "[{\"file\": ");
        CliRunner.Result r = new CliRunner(dir).run("eval", "gold");
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.toString());
        assertTrue(r.err().contains("manifest.json: not valid JSON"), r.toString());
        assertEquals(1, r.err().lines().count(), r.toString());
    }
}
