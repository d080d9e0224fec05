package org.reportminer.pipeline.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import org.reportminer.corpus.model.StatedTotal;
import org.reportminer.corpus.model.TotalKind;
import org.reportminer.pipeline.patterns.ChineseNumber;
import org.reportminer.pipeline.patterns.CountPatterns;
import org.reportminer.pipeline.patterns.FirstCharPattern;
import org.reportminer.pipeline.patterns.ReportPatterns;

/**
 * Finds what a report says about itself: {@code 存在3个方面12项问题}, {@code 提出5项意见建议},
 * {@code 制定整改措施36条}, {@code 反馈问题25个，已完成整改19个、正在整改6个}, {@code 整改完成率76%}. Masked totals
 * ({@code *项问题}) are kept with no value. Stateless and thread-safe.
 */
public final class StatedTotalExtractor {

    /** All stated totals in text order. */
    public List<StatedTotal> extract(String text) {
        List<StatedTotal> out = new ArrayList<>();
        FirstCharPattern.Finder f = CountPatterns.TOTAL_AREAS_PROBLEMS_FINDER.finder(text);
        while (f.find()) {
            Matcher m = f.matcher();
            out.add(total(TotalKind.AREAS, m.group("a"), "个", m.group(), m.start(), m.end()));
            out.add(total(TotalKind.PROBLEMS, m.group("n"), m.group("u"), m.group(), m.start(), m.end()));
        }
        addAll(out, text, CountPatterns.TOTAL_PROBLEMS_FINDER, TotalKind.PROBLEMS);
        addAll(out, text, CountPatterns.TOTAL_SUGGESTIONS_FINDER, TotalKind.SUGGESTIONS);
        addAll(out, text, CountPatterns.TOTAL_MEASURES_FINDER, TotalKind.MEASURES);
        addAll(out, text, CountPatterns.TOTAL_DONE_FINDER, TotalKind.PROBLEMS_DONE);
        addAll(out, text, CountPatterns.TOTAL_IN_PROGRESS_FINDER, TotalKind.PROBLEMS_IN_PROGRESS);
        addAll(out, text, CountPatterns.TOTAL_RATE_FINDER, TotalKind.COMPLETION_RATE);
        out.sort(Comparator.comparingInt(StatedTotal::start).thenComparing(t -> t.what().ordinal()));
        return out;
    }

    private static void addAll(List<StatedTotal> out, String text, FirstCharPattern p, TotalKind kind) {
        FirstCharPattern.Finder f = p.finder(text);
        while (f.find()) {
            Matcher m = f.matcher();
            if (kind == TotalKind.PROBLEMS && overlapsAreas(out, m.start())) {
                continue;
            }
            String n = firstGroup(m, "n", "m", "k", "j");
            String u = firstGroup(m, "u", "v", "w", "x");
            out.add(total(kind, n, u, m.group(), m.start(), m.end()));
        }
    }

    private static boolean overlapsAreas(List<StatedTotal> out, int start) {
        return out.stream().anyMatch(t -> t.what() == TotalKind.AREAS && t.start() <= start && start < t.end());
    }

    private static String firstGroup(Matcher m, String... names) {
        for (String name : names) {
            try {
                if (m.group(name) != null) {
                    return m.group(name);
                }
            } catch (IllegalArgumentException absent) {
                // this pattern has no group of that name; try the next
            }
        }
        throw new IllegalStateException("stated-total pattern matched without a number: " + m.group());
    }

    private static StatedTotal total(TotalKind kind, String number, String unit, String raw, int start, int end) {
        boolean masked = number.indexOf('*') >= 0;
        BigDecimal value = masked ? null : ChineseNumber.parse(number).orElse(null);
        return new StatedTotal(kind, value, masked, raw, unit, start, end);
    }
}
