package org.reportminer.corpus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportminer.corpus.testing.SharedData;

/**
 * Parse throughput of the parser formats, in process (before issue 13) against the child-JVM pool, each run in a
 * fresh JVM as a user's {@code ingest} is, the modes alternated so both see the same load. CPU is the whole process
 * tree's (this JVM's reaped children, from {@code /proc/self/stat}), which hardly depends on the load. Files: 30 .docx
 * made from {@code shared/corpora} reports, 10 copies of {@code seed000.pdf}, {@code seed000.doc} and
 * {@code seed000.docx}, as in BENCHMARKS.md. {@code -Dreportminer.parse.rounds=N} (default 4),
 * {@code -Dreportminer.parse.threads=T} (default 2).
 *
 * <p>Run: {@code mvn -B -o -Pbench test -pl corpus -Dtest=ParseThroughputBenchTest
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("bench")
class ParseThroughputBenchTest {

    @TempDir
    Path dir;

    @Test
    void parseThroughputInProcessAgainstForked() throws Exception {
        int rounds = Integer.getInteger("reportminer.parse.rounds", 4);
        int threads = Integer.getInteger("reportminer.parse.threads", 2);
        Path files = Files.createDirectories(dir.resolve("files"));
        List<Path> corpus = SharedData.corpusFiles();
        for (int i = 0; i < 30; i++) {
            docx(files.resolve(String.format(Locale.ROOT, "c%02d.docx", i)), Files.readString(corpus.get(
                    i * corpus.size() / 30), StandardCharsets.UTF_8));
        }
        for (int i = 0; i < 10; i++) {
            Files.copy(SharedData.fixture("seed000.pdf"), files.resolve("p" + i + ".pdf"));
        }
        Files.copy(SharedData.fixture("seed000.doc"), files.resolve("seed000.doc"));
        Files.copy(SharedData.fixture("seed000.docx"), files.resolve("seed000.docx"));
        // a longer batch, where a compiler that optimises harder could pay for itself
        int copies = Integer.getInteger("reportminer.parse.copies", 1);
        List<Path> originals;
        try (java.util.stream.Stream<Path> s = Files.list(files)) {
            originals = s.toList();
        }
        for (int c = 1; c < copies; c++) {
            for (Path f : originals) {
                Files.copy(f, files.resolve("x" + c + "-" + f.getFileName()));
            }
        }
        Map<String, List<double[]>> runs = new LinkedHashMap<>();
        // a mode is inprocess, or fork followed by extra child JVM options after colons (fork:-XX:TieredStopAtLevel=1)
        List<String> modes = List.of(System.getProperty("reportminer.parse.modes", "inprocess,fork").split(","));
        for (int r = 0; r < rounds; r++) {
            for (String mode : modes) {
                runs.computeIfAbsent(mode, m -> new ArrayList<>()).add(run(mode, files, threads));
            }
        }
        System.out.printf(Locale.ROOT, "parse bench: %d files, %d threads, %d rounds, load %s%n",
                42 * copies, threads, rounds, Files.readString(Path.of("/proc/loadavg")).trim());
        for (String mode : modes) {
            double[] wall = runs.get(mode).stream().mapToDouble(x -> x[0]).sorted().toArray();
            double[] cpu = runs.get(mode).stream().mapToDouble(x -> x[1]).sorted().toArray();
            System.out.printf(Locale.ROOT, "  %-30s wall median %.2f s (%s), tree CPU median %.2f s (%s)%n", mode,
                    wall[wall.length / 2], Arrays.toString(wall), cpu[cpu.length / 2], Arrays.toString(cpu));
        }
    }

    /** Wall seconds and tree CPU seconds of one {@link ParseRun} in a new JVM. */
    private static double[] run(String mode, Path files, int threads) throws Exception {
        String[] parts = mode.split(":(?=-)");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xss4m", "-cp", System.getProperty("java.class.path"), ParseRun.class.getName(),
                parts[0], files.toString(), Integer.toString(threads)));
        command.addAll(Arrays.asList(parts).subList(1, parts.length));
        double c0 = childCpuSeconds();
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).inheritIO().start();
        assertEquals(0, p.waitFor(), mode + " run failed");
        return new double[] {(System.nanoTime() - t0) / 1e9, childCpuSeconds() - c0};
    }

    /** User and system CPU of this JVM's reaped descendants ({@code cutime + cstime} in clock ticks of 1/100 s). */
    private static double childCpuSeconds() throws IOException {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[13]) + Long.parseLong(f[14])) / 100.0;
    }

    /** A minimal .docx: one paragraph per line of {@code text}. */
    static void docx(Path file, String text) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            ParserIsolationTest.docxPackageParts(zip);
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
            for (String line : text.split("\n")) {
                xml.append("<w:p><w:r><w:t>").append(line.replace("&", "&amp;").replace("<", "&lt;"))
                        .append("</w:t></w:r></w:p>");
            }
            ParserIsolationTest.put(zip, "word/document.xml", xml.append("</w:body></w:document>").toString());
        }
    }
}
