package org.reportminer.corpus.model;

import java.util.List;

/**
 * A problem the report states, with the measures taken against it. In JSON the surface is {@code text} and the span
 * is {@code start}/{@code end} (see {@code corpus.json}).
 *
 * @param id       stable id within the report ({@code F1}, {@code F2} … in text order)
 * @param area     the problem area (the {@code （一）“…”方面} block), or {@code null}
 * @param group    the problem group heading, or {@code null}
 * @param category the problem category from the taxonomy, or {@code null} before classification
 * @param span     where the problem statement lies in the report's normalised text
 * @param surface  the problem statement, equal to {@code span.coveredText(text)}
 * @param detail   why this is a finding (its cue) and what labelled lines say of it: status, timeframe, who is
 *                 responsible; never {@code null}
 * @param measures measures in text order (repeats kept)
 * @param counts   counts inside the problem statement
 */
public record Finding(String id, String area, String group, String category, Span span, String surface,
                      FindingDetail detail, List<Measure> measures, List<Count> counts) {

    public Finding {
        if (span == null) {
            throw new IllegalArgumentException("finding " + id + " has no span");
        }
        detail = detail == null ? FindingDetail.NONE : detail;
        measures = List.copyOf(measures);
        counts = List.copyOf(counts);
    }

    /** A finding with no recorded cue or labelled lines. */
    public Finding(String id, String area, String group, String category, Span span, String surface,
                   List<Measure> measures, List<Count> counts) {
        this(id, area, group, category, span, surface, FindingDetail.NONE, measures, counts);
    }

    /** A finding at {@code [start, end)}. */
    public Finding(String id, String area, String group, String category, String surface, int start, int end,
                   List<Measure> measures, List<Count> counts) {
        this(id, area, group, category, new Span(start, end), surface, FindingDetail.NONE, measures, counts);
    }

    /** A finding at {@code [start, end)} with its detail. */
    public Finding(String id, String area, String group, String category, String surface, int start, int end,
                   FindingDetail detail, List<Measure> measures, List<Count> counts) {
        this(id, area, group, category, new Span(start, end), surface, detail, measures, counts);
    }

    /** {@code span().start()}. */
    public int start() {
        return span.start();
    }

    /** {@code span().end()}. */
    public int end() {
        return span.end();
    }

    public Finding withCategory(String newCategory) {
        return new Finding(id, area, group, newCategory, span, surface, detail, measures, counts);
    }

    public Finding withDetail(FindingDetail newDetail) {
        return new Finding(id, area, group, category, span, surface, newDetail, measures, counts);
    }
}
