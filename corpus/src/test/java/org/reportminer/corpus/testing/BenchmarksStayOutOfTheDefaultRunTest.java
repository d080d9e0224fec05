package org.reportminer.corpus.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: throughput workloads ran inside {@code mvn verify}, timing themselves and printing the figures while
 * asserting nothing about time. A test source that both times work and prints must now either be tagged
 * {@code bench} (which the default run excludes) or assert on the time it measured, as the zip-bomb tests do
 * ({@code millis < 5_000}). Reading the clock for a deadline (the kill tests) is not timing work and prints nothing.
 */
class BenchmarksStayOutOfTheDefaultRunTest {

    private static final Pattern TIMES_WORK =
            Pattern.compile("System\\.(nanoTime|currentTimeMillis)\\(\\)|Benchmark\\.measure\\(");
    private static final Pattern PRINTS = Pattern.compile("System\\.(out|err)\\.print");
    private static final Pattern BENCH_TAG = Pattern.compile("@Tag\\(\"bench\"\\)");
    private static final Pattern ASSERTS_ON_TIME =
            Pattern.compile("assert\\w*\\(\\s*\\w*(millis|Millis|ms|Ms|seconds|Seconds|secs|elapsed|Elapsed)\\w*\\s*<");

    @Test
    void everyTestThatTimesWorkAndPrintsIsTaggedBenchOrAssertsOnTheTime() throws IOException {
        Path root = SharedData.repoRoot();
        List<Path> testSources;
        try (Stream<Path> modules = Files.list(root)) {
            testSources = modules.map(m -> m.resolve("src/test/java")).filter(Files::isDirectory).toList();
        }
        List<String> offenders = new ArrayList<>();
        for (Path dir : testSources) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.filter(f -> f.toString().endsWith(".java")).filter(f -> flagged(SharedData.read(f)))
                        .forEach(f -> offenders.add(root.relativize(f).toString()));
            }
        }
        assertEquals(4, testSources.size(), "test source folders of corpus, pipeline, index and cli: " + testSources);
        assertEquals(List.of(), offenders, "time a workload with @Tag(\"bench\") (or `reportminer bench`), not in the default run");
    }

    @Test
    void theRuleFlagsAPrintedMeasurementButNotATimedAssertionADeadlineOrTheBenchTag() {
        String printed = "long t0 = System.nanoTime(); work(); System.out.printf(\"%d ms%n\", System.nanoTime() - t0);";
        String asserted = "long start = System.nanoTime(); work(); long millis = (System.nanoTime() - start) / 1_000_000;"
                + " System.out.println(millis); assertTrue(millis < 2_000, \"stopped early\");";
        String deadline = "long deadline = System.nanoTime() + 30_000_000_000L; while (System.nanoTime() < deadline) { }";
        String tagged = "@Tag(\"bench\") void t() { var m = CompareBenchmark.measure(c, s, p, 10, 1); System.out.println(m); }";
        assertEquals(List.of(true, false, false, false), Stream.of(printed, asserted, deadline, tagged)
                .map(BenchmarksStayOutOfTheDefaultRunTest::flagged).toList());
    }

    private static boolean flagged(String src) {
        return TIMES_WORK.matcher(src).find() && PRINTS.matcher(src).find() && !BENCH_TAG.matcher(src).find()
                && !ASSERTS_ON_TIME.matcher(src).find();
    }
}
