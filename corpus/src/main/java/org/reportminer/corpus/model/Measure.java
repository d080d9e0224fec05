package org.reportminer.corpus.model;

import java.util.List;

/**
 * One numbered rectification measure ({@code ①…}, {@code 1.}, {@code 一是…}).
 *
 * @param label          the label as written (①, 1., 一是)
 * @param ordinal        the number the label stands for (① → 1), or 0 when the label has none
 * @param text           the measure's text without its label, equal to {@code text.substring(start, end)}
 * @param status         how far it has got
 * @param statusEvidence the phrase that decided the status, or {@code null} for UNKNOWN
 * @param responsible    who is responsible where stated, else {@code null}
 * @param timeframe      deadline or frequency where stated, else {@code null}
 * @param counts         counts inside the measure
 */
public record Measure(String label, int ordinal, String text, MeasureStatus status, String statusEvidence,
                      String responsible, String timeframe, int start, int end, List<Count> counts) {

    public Measure {
        new Span(start, end);
        counts = List.copyOf(counts);
    }

    public Span span() {
        return new Span(start, end);
    }
}
