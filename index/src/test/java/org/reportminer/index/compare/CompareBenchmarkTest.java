package org.reportminer.index.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.reportminer.corpus.model.Finding;
import org.reportminer.corpus.model.Report;
import org.reportminer.corpus.model.Span;

/**
 * Time to compare 10, 100 and 1,000 synthetic reports: ten yearly reports per organisation, each built by recombining
 * real sentences of the 2015–2025 work reports (about 120 sentences, 15 of them problem sentences marked as findings,
 * a third of the sentences carried over from the organisation's previous year). Prints timings; no timing assertion.
 */
class CompareBenchmarkTest {

    private static final String[] NAME_CHARS = "甲乙丙丁戊己庚辛壬癸".split("");

    @Test
    void comparisonTimeGrowsGentlyWithTheNumberOfReports() {
        List<String> sentences = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        ProblemSentenceExtractor px = new ProblemSentenceExtractor();
        for (Report r : OwnReports.govReports(2015, 2016, 2017, 2018, 2019, 2021, 2022, 2023, 2024, 2025)) {
            String text = r.text();
            for (Span s : Sentences.split(text)) {
                if (s.length() >= 12) {
                    sentences.add(text.substring(s.start(), s.end()));
                }
            }
            px.extract(text).forEach(f -> problems.add(f.text()));
        }
        ReportComparer comparer = ReportComparer.standard();
        comparer.compareByOrg(synthetic(20, sentences, problems, new Random(7))); // warm-up
        System.out.println("reports  orgs  findings  links  chains  ms");
        for (int n : new int[] {10, 100, 1000}) {
            List<Report> reports = synthetic(n, sentences, problems, new Random(n));
            long t0 = System.nanoTime();
            Map<String, ComparisonResult> results = comparer.compareByOrg(reports);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            int links = results.values().stream().mapToInt(r -> r.links().size()).sum();
            int chains = results.values().stream().mapToInt(r -> r.chains().size()).sum();
            int findings = reports.stream().mapToInt(r -> r.extraction().findings().size()).sum();
            System.out.printf(Locale.ROOT, "%7d  %4d  %8d  %5d  %6d  %d%n", n, results.size(), findings, links, chains, ms);
            assertEquals(n / 10, results.size());
            assertTrue(results.values().stream().allMatch(r -> r.reuse().size() == 9));
        }
    }

    private static List<Report> synthetic(int n, List<String> sentences, List<String> problems, Random rnd) {
        List<Report> out = new ArrayList<>();
        for (int org = 0; org < n / 10; org++) {
            String name = "青禾" + NAME_CHARS[org / 10 % 10] + NAME_CHARS[org % 10] + "局";
            List<String> previous = List.of();
            for (int k = 0; k < 10; k++) {
                StringBuilder text = new StringBuilder(name + (2011 + k) + "年工作报告\n");
                List<String> body = new ArrayList<>();
                for (int i = 0; i < 105; i++) {
                    body.add(!previous.isEmpty() && rnd.nextInt(3) == 0 ? previous.get(rnd.nextInt(previous.size()))
                            : sentences.get(rnd.nextInt(sentences.size())));
                }
                List<Finding> findings = new ArrayList<>();
                for (int i = 0; i < 105; i++) {
                    text.append(body.get(i));
                    if (i % 7 == 0) {
                        String p = problems.get(rnd.nextInt(problems.size()));
                        int start = text.length();
                        text.append(p);
                        findings.add(new Finding("F" + (findings.size() + 1), null, null, null, p, start, start + p.length(),
                                List.of(), List.of()));
                    }
                    if (i % 10 == 9) {
                        text.append('\n');
                    }
                }
                previous = body;
                out.add(OwnReports.report(name + k, 2011 + k, name, text.toString(), findings));
            }
        }
        return out;
    }
}
