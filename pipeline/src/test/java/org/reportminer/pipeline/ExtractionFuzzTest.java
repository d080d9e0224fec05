package org.reportminer.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.reportminer.corpus.ingest.NormalizedText;
import org.reportminer.corpus.ingest.TextNormalizer;
import org.reportminer.corpus.model.Extraction;
import org.reportminer.corpus.testing.SharedData;
import org.reportminer.pipeline.patterns.ChineseNumber;
import org.reportminer.pipeline.structure.Heading;
import org.reportminer.pipeline.structure.Outline;
import org.reportminer.pipeline.structure.SectionParser;

/**
 * A seeded random mutator over the seeds, {@code examples/} and {@code examples/shapes} texts: bit flips in the UTF-8
 * bytes, deletions, insertions, truncation, label storms (①…, （一）…, 一是…), numeral storms and long lines. Each
 * mutant goes through the normaliser, the section parser, Chinese numeral parsing and the whole extraction, and must
 * throw nothing, keep every span inside the text with {@code text.substring(start, end)} equal to its surface, and
 * finish within a bounded time. {@code mvn verify} runs {@code reportminer.fuzz.iterations} mutants (60, under 30 s);
 * {@code mvn -B verify -Pfuzz} runs 3,000. A failure prints the seed and iteration that reproduce it; every crash it
 * finds becomes a test of its own, named after what it found.
 */
class ExtractionFuzzTest {

    private static final long SEED = Long.getLong("reportminer.fuzz.seed", 13L);
    private static final int ITERATIONS = Integer.getInteger("reportminer.fuzz.iterations", 60);
    private static final long BUDGET_NANOS = Long.getLong("reportminer.fuzz.budgetSeconds", 25L) * 1_000_000_000L;
    /** Per input: generous, because the build machine is shared; the inputs are at most ~80k characters. */
    private static final long PER_INPUT_NANOS = 30_000_000_000L;

    private static final String[] LABELS = {"①", "②", "⑳", "（一）", "（二）", "一、", "二、", "1.", "2.", "（1）", "一是",
        "二是", "第一，", "1、", "(1)", "【问题】", "整改措施：", "问题一：", "一、存在的问题", "整改情况：已完成。"};
    private static final String[] NUMERALS = {"7", "12", "1,234.5", "三十五", "两", "*", "**", "万", "亿", "多", "余",
        "个", "项", "条", "%", "个方面", "共发现问题", "已整改", "整改完成率", "一二三四五六七八九十百千"};

    @Test
    void mutatedReportsKeepEveryInvariant() throws IOException {
        List<String> seeds = seeds();
        assertTrue(seeds.size() >= 5, "too few seed texts: " + seeds.size());
        ReportExtractor extractor = ReportExtractor.standard();
        TextNormalizer normalizer = new TextNormalizer();
        SectionParser parser = new SectionParser();
        Random random = new Random(SEED);
        long started = System.nanoTime();
        int ran = 0;
        for (int i = 0; i < ITERATIONS && System.nanoTime() - started < BUDGET_NANOS; i++) {
            String base = seeds.get(random.nextInt(seeds.size()));
            String mutant = mutate(base, random, seeds);
            String where = "seed " + SEED + ", iteration " + i + " (" + mutant.length() + " chars)";
            long t = System.nanoTime();
            try {
                check(mutant, normalizer, parser, extractor, random);
            } catch (AssertionError | RuntimeException | StackOverflowError e) {
                throw new AssertionError(where + ": " + e, e);
            }
            long tookMillis = (System.nanoTime() - t) / 1_000_000;
            assertTrue(tookMillis < PER_INPUT_NANOS / 1_000_000, where + " took " + tookMillis + " ms");
            ran++;
        }
        System.out.println("ExtractionFuzzTest: " + ran + " mutants, seed " + SEED + ", "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
        assertTrue(ran > 0);
    }

    private static void check(String raw, TextNormalizer normalizer, SectionParser parser, ReportExtractor extractor,
                              Random random) {
        NormalizedText n = normalizer.normalize(raw);
        String text = n.text();
        Outline outline = parser.parse(text);
        for (Heading h : outline.headings()) {
            assertTrue(0 <= h.start() && h.start() <= h.end() && h.end() <= text.length(), "heading span " + h);
            assertEquals(h.title(), text.substring(h.titleStart(), h.titleEnd()), "heading title");
        }
        for (int k = 0; k < 5 && !text.isEmpty(); k++) {
            int s = random.nextInt(text.length());
            ChineseNumber.parse(text.substring(s, Math.min(text.length(), s + 1 + random.nextInt(12))));
        }
        Extraction e = extractor.extract(text);
        Invariants.assertOffsets(text, e);
    }

    /** One to three mutations of {@code base}. */
    static String mutate(String base, Random r, List<String> seeds) {
        String s = base;
        int rounds = 1 + r.nextInt(3);
        for (int k = 0; k < rounds; k++) {
            s = switch (r.nextInt(8)) {
                case 0 -> flipBits(s, r);
                case 1 -> delete(s, r);
                case 2 -> insert(s, r, seeds);
                case 3 -> s.substring(0, r.nextInt(s.length() + 1));
                case 4 -> storm(s, r, LABELS, true);
                case 5 -> storm(s, r, NUMERALS, false);
                case 6 -> longLine(s, r);
                default -> digitRun(s, r);
            };
        }
        return s;
    }

    private static String flipBits(String s, Random r) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        if (b.length == 0) {
            return s;
        }
        for (int k = 1 + r.nextInt(20); k > 0; k--) {
            int i = r.nextInt(b.length);
            b[i] ^= (byte) (1 << r.nextInt(8));
        }
        return new String(b, StandardCharsets.UTF_8);
    }

    private static String delete(String s, Random r) {
        if (s.isEmpty()) {
            return s;
        }
        int a = r.nextInt(s.length());
        int len = r.nextBoolean() ? 1 + r.nextInt(4) : r.nextInt(Math.max(1, s.length() / 4));
        return s.substring(0, a) + s.substring(Math.min(s.length(), a + len));
    }

    private static String insert(String s, Random r, List<String> seeds) {
        String from = seeds.get(r.nextInt(seeds.size()));
        int a = r.nextInt(from.length() + 1);
        String piece = from.substring(a, Math.min(from.length(), a + r.nextInt(400)));
        int at = r.nextInt(s.length() + 1);
        return s.substring(0, at) + piece + s.substring(at);
    }

    private static String storm(String s, Random r, String[] tokens, boolean lines) {
        StringBuilder sb = new StringBuilder();
        int n = 50 + r.nextInt(r.nextInt(10) == 0 ? 4000 : 500);
        String fixed = tokens[r.nextInt(tokens.length)];
        for (int k = 0; k < n; k++) {
            sb.append(r.nextBoolean() ? fixed : tokens[r.nextInt(tokens.length)]);
            if (lines) {
                sb.append(r.nextBoolean() ? "问题" + k + "。" : "").append('\n');
            }
        }
        int at = r.nextInt(s.length() + 1);
        return s.substring(0, at) + sb + s.substring(at);
    }

    private static String longLine(String s, Random r) {
        if (r.nextBoolean()) {
            return s.replace("\n", r.nextBoolean() ? "" : "。");
        }
        StringBuilder sb = new StringBuilder();
        String unit = r.nextBoolean() ? "理论学习不深入中心组学习流于形式" : "整改措施已完成";
        while (sb.length() < 20_000 + r.nextInt(40_000)) {
            sb.append(unit);
        }
        int at = r.nextInt(s.length() + 1);
        return s.substring(0, at) + sb + s.substring(at);
    }

    private static String digitRun(String s, Random r) {
        String run = String.valueOf((char) ('0' + r.nextInt(10))).repeat(1000 + r.nextInt(20_000));
        String after = new String[] {"", "个", "个方面", "%", "万元", "。"}[r.nextInt(6)];
        int at = r.nextInt(s.length() + 1);
        return s.substring(0, at) + run + after + s.substring(at);
    }

    private static List<String> seeds() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(SharedData.seeds(), SharedData.examples(), SharedData.examples().resolve("shapes"))) {
            try (Stream<Path> s = Files.walk(dir)) {
                s.filter(p -> p.toString().endsWith(".txt") && !p.toString().contains(".gbk.")).sorted()
                        .forEach(files::add);
            }
        }
        List<String> texts = new ArrayList<>();
        for (Path p : files) {
            texts.add(Files.readString(p));
        }
        return texts;
    }
}
