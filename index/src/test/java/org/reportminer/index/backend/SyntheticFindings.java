package org.reportminer.index.backend;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.reportminer.corpus.model.Extraction;
import org.reportminer.corpus.model.Finding;
import org.reportminer.corpus.model.Measure;
import org.reportminer.corpus.model.MeasureStatus;
import org.reportminer.corpus.model.Report;
import org.reportminer.corpus.model.Section;
import org.reportminer.corpus.model.SectionRole;
import org.reportminer.corpus.text.Han;
import org.reportminer.corpus.text.Punctuation;
import org.reportminer.index.schema.Level;
import org.reportminer.index.search.SearchQuery;

/**
 * Generated reports of findings and mixed queries for the backend benchmark: the generator of cli's
 * {@code bench} ({@code SyntheticIndexData}), copied because index cannot see cli.
 */
final class SyntheticFindings {
    /** Organisations the reports are spread over. */
    static final int ORGS = 100;
    private static final String[] KINDS = {"巡察整改进展情况", "党风廉政建设责任制报告"};
    private static final String[] STATUS_TAILS = {"，已完成。", "，正在推进。", "，下一步将持续推进。", "，常态化开展。"};
    private static final MeasureStatus[] STATUSES = {MeasureStatus.DONE, MeasureStatus.IN_PROGRESS,
        MeasureStatus.PLANNED, MeasureStatus.ONGOING};

    private final List<String> sentences;
    private final SplittableRandom random;

    SyntheticFindings(List<String> sentences, long seed) {
        this.sentences = List.copyOf(sentences);
        this.random = new SplittableRandom(seed);
    }

    /** Organisation name number {@code i}. */
    public static String org(int i) {
        return String.format(Locale.ROOT, "第%03d号单位", i % ORGS);
    }

    /**
     * Report number {@code r} with {@code findings} findings, spread over {@code orgs} organisations: report
     * {@code r} belongs to organisation {@code r % orgs} and year {@code 2015 + (r / orgs) % 10}, so each
     * organisation gets one report a year.
     */
    public Report report(int r, int findings, int orgs) {
        String org = org(r % orgs);
        int year = 2015 + (r / orgs) % 10;
        String kind = KINDS[r % KINDS.length];
        String title = org + year + "年" + kind;
        StringBuilder text = new StringBuilder(title).append('\n');
        int sectionStart = text.length();
        text.append("一、整改落实情况\n");
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < findings; i++) {
            text.append(i + 1).append('.');
            String f = pick() + (random.nextBoolean() ? "，" + pick() : "") + "。";
            int fs = text.length();
            text.append(f).append('\n').append('①');
            int k = random.nextInt(STATUSES.length);
            String m = pick() + STATUS_TAILS[k];
            int ms = text.length();
            text.append(m).append('\n');
            Measure measure = new Measure("①", 1, m, STATUSES[k], STATUS_TAILS[k].substring(1, 4), null, null, ms,
                    ms + m.length(), List.of());
            out.add(new Finding("F" + (i + 1), null, null, null, f, fs, fs + f.length(), List.of(measure), List.of()));
        }
        String body = text.toString();
        Section top = new Section("一、", 1, "整改落实情况", SectionRole.RECTIFICATION, sectionStart, body.length(),
                List.of());
        Extraction x = new Extraction(title, org, year, "synthetic", kind, List.of(top), out, List.of(), List.of(),
                List.of());
        String id = String.format(Locale.ROOT, "bench%011d", r);
        return new Report(id, "bench/" + id, "text/plain", "UTF-8", body.length(), id, title, org, year, kind, false,
                body, null, x);
    }

    /** {@code n} mixed queries: words, two words, phrases, OR, NOT, with level, year and organisation filters. */
    public List<SearchQuery> queries(int n) {
        List<SearchQuery> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String text = switch (random.nextInt(10)) {
                case 0, 1, 2, 3 -> hanRun(2 + random.nextInt(3));
                case 4, 5 -> hanRun(2) + " " + hanRun(2 + random.nextInt(2));
                case 6, 7 -> "\"" + hanRun(4 + random.nextInt(5)) + "\"";
                case 8 -> hanRun(2) + " OR " + hanRun(3);
                default -> hanRun(2) + " NOT " + hanRun(2);
            };
            SearchQuery q = SearchQuery.of(text);
            switch (random.nextInt(4)) {
                case 1 -> q = q.withLevel(Level.FINDING);
                case 2 -> {
                    int from = 2015 + random.nextInt(8);
                    q = q.withLevel(Level.FINDING).withYears(from, from + 2);
                }
                case 3 -> q = q.withOrg(org(random.nextInt(ORGS)));
                default -> { }
            }
            out.add(q);
        }
        return out;
    }

    private String pick() {
        return sentences.get(random.nextInt(sentences.size())).replaceAll("[" + Punctuation.CHINESE_SENTENCE_ENDS + "]+$", "");
    }

    /** A run of {@code len} Han characters taken from a random sentence. */
    private String hanRun(int len) {
        for (int tries = 0; tries < 10_000; tries++) {
            String s = sentences.get(random.nextInt(sentences.size()));
            if (s.length() <= len) {
                continue;
            }
            int at = random.nextInt(s.length() - len);
            String run = s.substring(at, at + len);
            if (Han.isAllHan(run)) {
                return run;
            }
        }
        throw new IllegalStateException("no run of " + len + " Han characters in the sentence pool");
    }
}
