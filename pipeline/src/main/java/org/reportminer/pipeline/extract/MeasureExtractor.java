package org.reportminer.pipeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.reportminer.corpus.model.Count;
import org.reportminer.corpus.model.Measure;
import org.reportminer.corpus.model.MeasureStatus;
import org.reportminer.pipeline.patterns.ReportPatterns;
import org.reportminer.pipeline.structure.Lines;

/**
 * Reads the measures of one rectification block: each enumerated item (①, 1., 一是 …) becomes a {@link Measure} with
 * its status, responsible party, timeframe and counts; a block without labels is one unlabelled measure. Repeated
 * labels (①②③④④) are kept as they are; the checks report them. A status stated before the first item
 * ({@code 整改情况：已整改。一是…}) is inherited by items that state none. Thread-safe.
 */
public final class MeasureExtractor {

    private final StatusClassifier status = new StatusClassifier();

    /** The measures of {@code text[from, to)}; {@code counts} are the report's counts (top level). */
    public List<Measure> extract(String text, int from, int to, List<Count> counts) {
        int s = from;
        int e = to;
        while (s < e && Lines.isBlank(text.charAt(s))) {
            s++;
        }
        while (e > s && Lines.isBlank(text.charAt(e - 1))) {
            e--;
        }
        if (s >= e) {
            return List.of();
        }
        List<Enumerations.Item> items = Enumerations.split(text, s, e);
        List<Measure> out = new ArrayList<>();
        if (items.isEmpty()) {
            out.add(measure(text, "", 0, s, e, counts));
            return out;
        }
        // A status stated before the first item (整改情况：已整改。一是…二是…) is the block's: items that say nothing
        // of their own progress inherit it.
        StatusClassifier.Decision block = status.classify(text.substring(s, Math.max(s, items.get(0).labelStart())));
        for (Enumerations.Item item : items) {
            if (item.end() > item.start()) {
                out.add(measure(text, item.label(), item.ordinal(), item.start(), item.end(), counts, block));
            }
        }
        return out;
    }

    private Measure measure(String text, String label, int ordinal, int start, int end, List<Count> counts) {
        return measure(text, label, ordinal, start, end, counts, null);
    }

    private Measure measure(String text, String label, int ordinal, int start, int end, List<Count> counts,
                            StatusClassifier.Decision inherited) {
        String body = text.substring(start, end);
        StatusClassifier.Decision d = status.classify(body);
        if (d.status() == MeasureStatus.UNKNOWN && inherited != null) {
            d = inherited;
        }
        return new Measure(label, ordinal, body, d.status(), d.evidence(), first(ReportPatterns.RESPONSIBLE, body),
                first(ReportPatterns.TIMEFRAME, body), start, end, within(counts, start, end));
    }

    private static String first(java.util.regex.Pattern p, String body) {
        Matcher m = p.matcher(body);
        return m.find() ? m.group() : null;
    }

    /**
     * The counts lying inside {@code [start, end)}; {@code counts} are in text order, as {@link CountExtractor} gives
     * them. A binary search for the first, then a walk: a scan of every count per measure made a long report with
     * thousands of measures and counts quadratic.
     */
    static List<Count> within(List<Count> counts, int start, int end) {
        int lo = 0;
        int hi = counts.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (counts.get(mid).start() < start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<Count> out = new ArrayList<>();
        for (int i = lo; i < counts.size() && counts.get(i).start() < end; i++) {
            if (counts.get(i).end() <= end) {
                out.add(counts.get(i));
            }
        }
        return List.copyOf(out);
    }
}
