package org.reportminer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.reportminer.corpus.testing.SharedData;

/**
 * One store holding the two seed fixtures (seed000.gbk.txt, seed001.docx) and the three 青禾市文化和旅游局 example
 * reports (2021 .txt, 2022 .docx, 2023 .docx), ingested once per test JVM through the CLI itself and then only
 * read by the test classes that share it (list, show, search, stats, compare). HanLP and Tika start once.
 */
final class SharedStore {
    static final String SEED000 = "seed000.gbk.txt";
    static final String SEED001 = "seed001.docx";
    static final String QH2021 = "2021-巡察整改进展情况.txt";
    static final String QH2022 = "2022-党风廉政建设责任制报告.docx";
    static final String QH2023 = "2023-巡察整改进展情况.docx";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static SharedStore instance;

    private final Path workDir;
    private final Map<String, String> idsByFile;

    private SharedStore(Path workDir, Map<String, String> idsByFile) {
        this.workDir = workDir;
        this.idsByFile = idsByFile;
    }

    /** The store, ingesting it on first use. */
    static synchronized SharedStore get() {
        if (instance == null) {
            instance = create();
        }
        return instance;
    }

    private static SharedStore create() {
        try {
            Path work = Files.createTempDirectory("reportminer-cli-test");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(work)));
            Path in = Files.createDirectories(work.resolve("in"));
            Files.copy(SharedData.fixture(SEED000), in.resolve(SEED000), StandardCopyOption.REPLACE_EXISTING);
            Files.copy(SharedData.fixture(SEED001), in.resolve(SEED001), StandardCopyOption.REPLACE_EXISTING);
            for (String f : new String[] {QH2021, QH2022, QH2023}) {
                Files.copy(SharedData.example(f), in.resolve(f), StandardCopyOption.REPLACE_EXISTING);
            }
            CliRunner.Result r = new CliRunner(work).run("ingest", "--store", "store", "--json", "in");
            assertEquals(0, r.exitCode(), r.toString());
            JsonNode summary = JSON.readTree(r.out());
            assertEquals(5, summary.get("added").asInt(), r.toString());
            Map<String, String> ids = new LinkedHashMap<>();
            for (JsonNode row : summary.get("reports")) {
                ids.put(Path.of(row.get("source").asText()).getFileName().toString(), row.get("id").asText());
            }
            return new SharedStore(work, ids);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The working directory: {@code in/} holds the inputs, {@code store/} the store. */
    Path workDir() {
        return workDir;
    }

    Path store() {
        return workDir.resolve("store");
    }

    /** The id the ingest summary gave the file of this name. */
    String id(String fileName) {
        String id = idsByFile.get(fileName);
        if (id == null) {
            throw new IllegalArgumentException("not in the shared store: " + fileName + " (have " + idsByFile + ")");
        }
        return id;
    }

    /** Runs a command with {@code --store} pointing at this store appended after the subcommand name. */
    CliRunner.Result run(String command, String... args) {
        String[] all = new String[args.length + 3];
        all[0] = command;
        all[1] = "--store";
        all[2] = store().toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return new CliRunner(workDir).run(all);
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + e.getMessage() + "\n" + text, e);
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort on shutdown
        }
    }
}
