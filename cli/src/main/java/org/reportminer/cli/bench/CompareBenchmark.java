package org.reportminer.cli.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.reportminer.corpus.model.Extraction;
import org.reportminer.corpus.model.Finding;
import org.reportminer.corpus.model.Report;
import org.reportminer.corpus.model.Span;
import org.reportminer.index.compare.ComparisonResult;
import org.reportminer.index.compare.ReportComparer;
import org.reportminer.pipeline.extract.ProblemSentenceExtractor;
import org.reportminer.pipeline.text.Sentences;

/**
 * Times {@link ReportComparer#compareByOrg} on synthetic organisations built from real sentences, so the CLI bench and
 * the tests measure the same workload: ten yearly reports per organisation, each 105 sentences drawn at random (a
 * third carried over from the organisation's previous year, so reuse detection has work) with a problem sentence
 * marked as a finding after every seventh (15 findings per report). Seeded, so a run is repeatable. Stateless.
 */
public final class CompareBenchmark {

    /** Reports per synthetic organisation. */
    public static final int YEARS_PER_ORG = 10;
    private static final int BODY_SENTENCES = 105;
    private static final int FINDING_EVERY = 7;
    private static final int MIN_SENTENCE_CHARS = 12;
    private static final String[] NAME_CHARS = "甲乙丙丁戊己庚辛壬癸".split("");

    private CompareBenchmark() {
    }

    /**
     * One timed comparison.
     *
     * @param reports  reports compared
     * @param orgs     organisations they formed
     * @param findings findings linked
     * @param links    accepted links
     * @param chains   chains built
     * @param millis   wall-clock milliseconds of {@code compareByOrg}
     * @param cpuMillis CPU milliseconds the whole process used meanwhile (all threads; -1 when the JVM cannot tell):
     *                 on a shared machine this is steadier than wall-clock time
     */
    public record Measurement(int reports, int orgs, int findings, int links, int chains, long millis, long cpuMillis) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%7d  %4d  %8d  %6d  %6d  %7d  %7d", reports, orgs, findings, links, chains,
                    millis, cpuMillis);
        }
    }

    /** Column headings matching {@link Measurement#toString()}. */
    public static final String HEADER = "reports  orgs  findings   links  chains  wall ms   cpu ms";

    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean s ? s.getProcessCpuTime() : -1;
    }

    /** Compares {@code reports} synthetic reports (seeded with {@code seed}) once and measures it. */
    public static Measurement measure(ReportComparer comparer, List<String> sentences, List<String> problems, int reports,
                                      long seed) {
        List<Report> rs = synthetic(reports, sentences, problems, new Random(seed));
        long c0 = processCpuNanos();
        long t0 = System.nanoTime();
        Map<String, ComparisonResult> results = comparer.compareByOrg(rs);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long c1 = processCpuNanos();
        long cpu = c0 < 0 || c1 < 0 ? -1 : (c1 - c0) / 1_000_000;
        int links = results.values().stream().mapToInt(r -> r.links().size()).sum();
        int chains = results.values().stream().mapToInt(r -> r.chains().size()).sum();
        int findings = rs.stream().mapToInt(r -> r.extraction().findings().size()).sum();
        return new Measurement(rs.size(), results.size(), findings, links, chains, ms, cpu);
    }

    /**
     * Synthetic reports: {@code ceil(n / 10)} organisations of ten yearly reports.
     *
     * @throws IllegalArgumentException when {@code n < 1} or there are no sentences or problems
     */
    public static List<Report> synthetic(int n, List<String> sentences, List<String> problems, Random rnd) {
        if (n < 1 || sentences.isEmpty() || problems.isEmpty()) {
            throw new IllegalArgumentException("need n >= 1, sentences and problem sentences: n=" + n + ", "
                    + sentences.size() + " sentences, " + problems.size() + " problems");
        }
        List<Report> out = new ArrayList<>();
        int orgs = (n + YEARS_PER_ORG - 1) / YEARS_PER_ORG;
        for (int org = 0; org < orgs; org++) {
            String name = "青禾" + NAME_CHARS[org / 100 % 10] + NAME_CHARS[org / 10 % 10] + NAME_CHARS[org % 10] + "局";
            List<String> previous = List.of();
            for (int k = 0; k < YEARS_PER_ORG; k++) {
                int year = 2011 + k;
                StringBuilder text = new StringBuilder(name + year + "年工作报告\n");
                List<String> body = new ArrayList<>();
                for (int i = 0; i < BODY_SENTENCES; i++) {
                    body.add(!previous.isEmpty() && rnd.nextInt(3) == 0 ? previous.get(rnd.nextInt(previous.size()))
                            : sentences.get(rnd.nextInt(sentences.size())));
                }
                List<Finding> findings = new ArrayList<>();
                for (int i = 0; i < BODY_SENTENCES; i++) {
                    text.append(body.get(i));
                    if (i % FINDING_EVERY == 0) {
                        String p = problems.get(rnd.nextInt(problems.size()));
                        int start = text.length();
                        text.append(p);
                        findings.add(new Finding("F" + (findings.size() + 1), null, null, null, p, start,
                                start + p.length(), List.of(), List.of()));
                    }
                    if (i % 10 == 9) {
                        text.append('\n');
                    }
                }
                previous = body;
                String id = name + year;
                String title = name + year + "年工作报告";
                Extraction ex = new Extraction(title, name, year, "synthetic", null, List.of(), findings, List.of(),
                        List.of(), List.of());
                out.add(new Report(id, id + ".txt", "text/plain", "UTF-8", text.length(), "0".repeat(64), title, name,
                        year, null, false, text.toString(), null, ex));
            }
        }
        return out;
    }

    /** Sentences of at least {@value #MIN_SENTENCE_CHARS} characters of {@code text}, in order. */
    public static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (Span s : Sentences.split(text)) {
            if (s.length() >= MIN_SENTENCE_CHARS) {
                out.add(text.substring(s.start(), s.end()));
            }
        }
        return out;
    }

    /** The problem statements of {@code text} ({@link ProblemSentenceExtractor}), as strings. */
    public static List<String> problemSentences(String text) {
        return new ProblemSentenceExtractor().extract(text).stream().map(Finding::surface).toList();
    }
}
