package org.reportminer.index.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.reportminer.corpus.model.Extraction;
import org.reportminer.corpus.model.Finding;
import org.reportminer.corpus.model.Measure;
import org.reportminer.corpus.model.MeasureStatus;
import org.reportminer.corpus.model.Report;
import org.reportminer.corpus.model.Section;
import org.reportminer.corpus.model.SectionRole;
import org.reportminer.index.analysis.MaxMatchSegmenter;
import org.reportminer.index.schema.Level;
import org.reportminer.index.search.QueryException;
import org.reportminer.index.search.ReportSearcher;
import org.reportminer.index.search.SearchQuery;
import org.reportminer.index.search.SearchResult;
import org.reportminer.index.write.ReportIndexer;

/**
 * Not a test: builds an index of N synthetic findings (default 100,000) recombined from the sentences of
 * {@code shared/corpora}, with one measure each, using the test max-match segmenter, then prints indexing
 * throughput, index size and search latency over 1,000 mixed queries (after a warm-up).
 *
 * <p>Run: {@code java -cp <test classpath> org.reportminer.index.bench.IndexBenchmark [findings] [indexDir]}.
 */
public final class IndexBenchmark {

    private static final int FINDINGS_PER_REPORT = 100;
    private static final String[] ORGS = {"青山县民政局", "青山县交通运输局", "青山县教育局", "青山县卫生健康局", "青山县财政局",
            "青山县水利局", "青山县林业局", "青山县审计局", "青山县统计局", "青山县商务局", "青山县司法局", "青山县应急管理局",
            "白水市住房和城乡建设局", "白水市农业农村局", "白水市文化旅游局", "白水市市场监管局", "白水市医疗保障局",
            "白水市生态环境局", "白水市人力资源和社会保障局", "白水市自然资源局"};
    private static final String[] KINDS = {"巡察整改进展情况", "党风廉政建设责任制报告"};
    private static final String[] STATUS_TAILS = {"，已完成。", "，正在推进。", "，下一步将持续推进。", "，常态化开展。"};
    private static final MeasureStatus[] STATUSES = {MeasureStatus.DONE, MeasureStatus.IN_PROGRESS, MeasureStatus.PLANNED,
            MeasureStatus.ONGOING};

    public static void main(String[] args) throws Exception {
        int findings = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path indexDir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("rm-bench-index");
        Path corpora = findCorpora();
        List<String> sentences = sentences(corpora);
        Set<String> dictionary = dictionary(sentences);
        MaxMatchSegmenter segmenter = new MaxMatchSegmenter(dictionary);
        System.out.printf(Locale.ROOT, "corpus: %s, %d clauses; dictionary %d words%n", corpora, sentences.size(),
                dictionary.size());

        Random random = new Random(20240601);
        int reports = (findings + FINDINGS_PER_REPORT - 1) / FINDINGS_PER_REPORT;
        long chars = 0;
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        boolean searchOnly = Boolean.getBoolean("bench.searchOnly");
        if (!searchOnly) try (ReportIndexer indexer = ReportIndexer.open(indexDir, segmenter)) {
            List<Report> batch = new ArrayList<>();
            for (int r = 0; r < reports; r++) {
                Report report = synthesize(r, Math.min(FINDINGS_PER_REPORT, findings - r * FINDINGS_PER_REPORT),
                        sentences, random);
                chars += report.text().length();
                batch.add(report);
                if (batch.size() == 100) {
                    indexer.indexBatch(batch);
                    batch.clear();
                }
            }
            indexer.indexBatch(batch);
            System.out.printf(Locale.ROOT, "documents: %d%n", indexer.documentCount());
        }
        double secs = (System.nanoTime() - start) / 1e9;
        double cpuSecs = (os.getProcessCpuTime() - cpuStart) / 1e9;
        long bytes = size(indexDir);
        System.out.printf(Locale.ROOT, "indexing process CPU time: %.1f s (all threads, incl. GC and merges); "
                + "load average now %.1f%n", cpuSecs, os.getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "indexed %d reports, %d findings (+%d measures) in %.1f s: %.0f findings/s, "
                        + "%.2f M report chars/s (each char is indexed twice: report doc + item doc)%n",
                reports, findings, findings, secs, findings / secs, chars / secs / 1e6);
        System.out.printf(Locale.ROOT, "index size: %.1f MB (%d report chars)%n", bytes / 1e6, chars);

        try (ReportSearcher searcher = ReportSearcher.open(indexDir, segmenter)) {
            List<SearchQuery> warm = queries(sentences, new Random(7), 300);
            for (SearchQuery q : warm) {
                searcher.search(q);
            }
            List<SearchQuery> queries = queries(sentences, new Random(11), 1000);
            long[] nanos = new long[queries.size()];
            long[] cpu = new long[queries.size()];
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long totalHits = 0;
            Map<String, List<Long>> byShape = new java.util.TreeMap<>();
            for (int i = 0; i < queries.size(); i++) {
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                SearchResult result = searcher.search(queries.get(i));
                nanos[i] = System.nanoTime() - t0;
                cpu[i] = threads.getCurrentThreadCpuTime() - c0;
                totalHits += result.total();
                byShape.computeIfAbsent(shape(queries.get(i)), k -> new ArrayList<>()).add(nanos[i]);
            }
            byShape.forEach((shape, list) -> {
                long[] a = list.stream().mapToLong(Long::longValue).sorted().toArray();
                System.out.printf(Locale.ROOT, "  %-28s n=%4d p50 %6.2f p99 %6.2f max %6.2f%n", shape, a.length,
                        ms(a, 0.5), ms(a, 0.99), a[a.length - 1] / 1e6);
            });
            Arrays.sort(nanos);
            Arrays.sort(cpu);
            System.out.printf(Locale.ROOT, "queries: %d mixed (words, two words, phrases, OR, NOT, year/level/org "
                            + "filters), limit 10, highlighting and facets on; mean matches %.0f%n",
                    queries.size(), totalHits / (double) queries.size());
            System.out.printf(Locale.ROOT, "latency ms: p50 %.2f  p90 %.2f  p99 %.2f  max %.2f  mean %.2f%n",
                    ms(nanos, 0.50), ms(nanos, 0.90), ms(nanos, 0.99), nanos[nanos.length - 1] / 1e6,
                    Arrays.stream(nanos).average().orElse(0) / 1e6);
            System.out.printf(Locale.ROOT, "cpu ms:     p50 %.2f  p90 %.2f  p99 %.2f  max %.2f  (thread CPU time; the "
                            + "wall/cpu gap is waiting for a core)%n",
                    ms(cpu, 0.50), ms(cpu, 0.90), ms(cpu, 0.99), cpu[cpu.length - 1] / 1e6);
            System.out.printf(Locale.ROOT, "load average during run: %.1f on %d cores%n",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
            long t0 = System.nanoTime();
            var stats = searcher.stats();
            System.out.printf(Locale.ROOT, "stats(): %.1f ms (%d findings, %d years)%n", (System.nanoTime() - t0) / 1e6,
                    stats.findings().total(), stats.findings().byYear().size());
        }
    }

    private static String shape(SearchQuery q) {
        String t = q.text();
        String text = t.startsWith("\"") ? "phrase" : t.contains(" OR ") ? "or" : t.contains(" NOT ") ? "not"
                : t.contains(" ") ? "two-words" : "word";
        String filter = q.yearFrom() != null ? "+years" : q.level() != null ? "+level" : q.org() != null ? "+org" : "";
        return text + filter;
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    private static List<SearchQuery> queries(List<String> sentences, Random random, int n) {
        List<SearchQuery> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int kind = random.nextInt(10);
            String text = switch (kind) {
                case 0, 1, 2, 3 -> hanRun(sentences, random, 2 + random.nextInt(3));
                case 4, 5 -> hanRun(sentences, random, 2) + " " + hanRun(sentences, random, 2 + random.nextInt(2));
                case 6, 7 -> "\"" + hanRun(sentences, random, 4 + random.nextInt(5)) + "\"";
                case 8 -> hanRun(sentences, random, 2) + " OR " + hanRun(sentences, random, 3);
                default -> hanRun(sentences, random, 2) + " NOT " + hanRun(sentences, random, 2);
            };
            SearchQuery q = SearchQuery.of(text);
            int filter = random.nextInt(4);
            if (filter == 1) {
                q = q.withLevel(Level.FINDING);
            } else if (filter == 2) {
                int from = 2016 + random.nextInt(8);
                q = q.withLevel(Level.FINDING).withYears(from, from + 2);
            } else if (filter == 3) {
                q = q.withOrg(ORGS[random.nextInt(ORGS.length)]);
            }
            out.add(q);
        }
        return out;
    }

    private static String hanRun(List<String> sentences, Random random, int len) {
        while (true) {
            String s = sentences.get(random.nextInt(sentences.size()));
            if (s.length() <= len) {
                continue;
            }
            int at = random.nextInt(s.length() - len);
            String run = s.substring(at, at + len);
            if (run.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
                return run;
            }
        }
    }

    private static Report synthesize(int r, int count, List<String> sentences, Random random) {
        String org = ORGS[r % ORGS.length];
        int year = 2016 + random.nextInt(10);
        String kind = KINDS[random.nextInt(KINDS.length)];
        String title = org + "关于" + year + "年" + kind + "的报告";
        StringBuilder text = new StringBuilder(title).append('\n');
        int sectionStart = text.length();
        text.append("一、整改落实情况\n");
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            text.append(i + 1).append('.');
            String f = sentences.get(random.nextInt(sentences.size()));
            if (random.nextBoolean()) {
                f = f + "，" + sentences.get(random.nextInt(sentences.size()));
            }
            f = f + "。";
            int fs = text.length();
            text.append(f).append('\n');
            int pick = random.nextInt(STATUSES.length);
            String m = sentences.get(random.nextInt(sentences.size())) + STATUS_TAILS[pick];
            text.append('①');
            int ms = text.length();
            text.append(m).append('\n');
            Measure measure = new Measure("①", 1, m, STATUSES[pick], STATUS_TAILS[pick], null, null, ms,
                    ms + m.length(), List.of());
            findings.add(new Finding("F" + (i + 1), null, null, null, f, fs, fs + f.length(), List.of(measure), List.of()));
        }
        Section top = new Section("一、", 1, "整改落实情况", SectionRole.RECTIFICATION, sectionStart, text.length(), List.of());
        String body = text.toString();
        Extraction x = new Extraction(title, org, year, "synthetic", kind, List.of(top), findings, List.of(), List.of(),
                List.of());
        String id = String.format(Locale.ROOT, "bench%011d", r);
        return new Report(id, "bench/" + id, "text/plain", "UTF-8", body.length(), id, title, org, year, kind, false,
                body, null, x);
    }

    /** Clauses of the corpus reports, 8 to 80 characters, mostly Han. */
    private static List<String> sentences(Path corpora) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(corpora)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                if (file.getFileName().toString().equals("README.md")) {
                    continue;
                }
                for (String clause : Files.readString(file, StandardCharsets.UTF_8).split("[。！？；，\\n]")) {
                    String c = clause.strip();
                    long han = c.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).count();
                    if (c.length() >= 8 && c.length() <= 80 && han >= c.length() * 0.8) {
                        out.add(c);
                    }
                }
            }
        }
        return out;
    }

    /** A stand-in dictionary: the test words plus the corpus's most frequent Han 2- and 4-grams. */
    private static Set<String> dictionary(List<String> sentences) {
        Map<String, Integer> grams = new HashMap<>();
        for (String s : sentences) {
            for (int n : new int[] {2, 4}) {
                for (int i = 0; i + n <= s.length(); i++) {
                    grams.merge(s.substring(i, i + n), 1, Integer::sum);
                }
            }
        }
        Set<String> words = new HashSet<>(MaxMatchSegmenter.REPORT_WORDS);
        grams.entrySet().stream()
                .filter(e -> e.getKey().codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN))
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .limit(20_000)
                .forEach(e -> words.add(e.getKey()));
        return words;
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static Path findCorpora() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared").resolve("corpora");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/corpora not found above " + Path.of("").toAbsolutePath());
    }
}
