package org.reportminer.pipeline.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
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
        // the spans of 存在*个方面*项问题: a problem total starting inside one is already counted there
        BitSet areaSpans = new BitSet(text.length());
        FirstCharPattern.Finder f = CountPatterns.TOTAL_AREAS_PROBLEMS_FINDER.finder(text);
        while (f.find()) {
            Matcher m = f.matcher();
            areaSpans.set(m.start(), m.end());
            out.add(total(TotalKind.AREAS, m.group("a"), "个", m.group(), m.start(), m.end()));
            out.add(total(TotalKind.PROBLEMS, m.group("n"), m.group("u"), m.group(), m.start(), m.end()));
        }
        addAll(out, text, CountPatterns.TOTAL_PROBLEMS_FINDER, TotalKind.PROBLEMS, areaSpans);
        BitSet none = new BitSet();
        addAll(out, text, CountPatterns.TOTAL_SUGGESTIONS_FINDER, TotalKind.SUGGESTIONS, none);
        addAll(out, text, CountPatterns.TOTAL_MEASURES_FINDER, TotalKind.MEASURES, none);
        addAll(out, text, CountPatterns.TOTAL_DONE_FINDER, TotalKind.PROBLEMS_DONE, none);
        addAll(out, text, CountPatterns.TOTAL_IN_PROGRESS_FINDER, TotalKind.PROBLEMS_IN_PROGRESS, none);
        addAll(out, text, CountPatterns.TOTAL_RATE_FINDER, TotalKind.COMPLETION_RATE, none);
        out.sort(Comparator.comparingInt(StatedTotal::start).thenComparing(t -> t.what().ordinal()));
        return out;
    }

    /**
     * Adds every match of {@code p} as a total of {@code kind}, except those starting inside {@code skip} (a bit set,
     * not a scan of the totals so far: a report with thousands of 反馈问题N个 made that quadratic).
     */
    private static void addAll(List<StatedTotal> out, String text, FirstCharPattern p, TotalKind kind, BitSet skip) {
        FirstCharPattern.Finder f = p.finder(text);
        while (f.find()) {
            Matcher m = f.matcher();
            if (skip.get(m.start())) {
                continue;
            }
            String n = firstGroup(m, "n", "m", "k", "j");
            String u = firstGroup(m, "u", "v", "w", "x");
            out.add(total(kind, n, u, m.group(), m.start(), m.end()));
        }
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
