package org.reportminer.corpus.model;

import java.util.List;

/**
 * One numbered rectification measure ({@code ①…}, {@code 1.}, {@code 一是…}). In JSON the surface is {@code text} and
 * the span is {@code start}/{@code end} (see {@code corpus.json}).
 *
 * @param label          the label as written (①, 1., 一是)
 * @param ordinal        the number the label stands for (① → 1), or 0 when the label has none
 * @param span           where the measure lies in the report's normalised text, label excluded
 * @param surface        the measure's text without its label, equal to {@code span.coveredText(text)}
 * @param status         how far it has got
 * @param statusEvidence the phrase that decided the status, or {@code null} for UNKNOWN
 * @param responsible    who is responsible where stated, else {@code null}
 * @param timeframe      deadline or frequency where stated, else {@code null}
 * @param counts         counts inside the measure
 */
public record Measure(String label, int ordinal, Span span, String surface, MeasureStatus status,
                      String statusEvidence, String responsible, String timeframe, List<Count> counts) {

    public Measure {
        if (span == null) {
            throw new IllegalArgumentException("measure " + label + " has no span");
        }
        counts = List.copyOf(counts);
    }

    /** A measure at {@code [start, end)}. */
    public Measure(String label, int ordinal, String surface, MeasureStatus status, String statusEvidence,
                   String responsible, String timeframe, int start, int end, List<Count> counts) {
        this(label, ordinal, new Span(start, end), surface, status, statusEvidence, responsible, timeframe, counts);
    }

    /** {@code span().start()}. */
    public int start() {
        return span.start();
    }

    /** {@code span().end()}. */
    public int end() {
        return span.end();
    }
}
