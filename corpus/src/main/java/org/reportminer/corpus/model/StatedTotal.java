package org.reportminer.corpus.model;

import java.math.BigDecimal;

/**
 * A total the report states about itself ({@code 存在3个方面12项问题}, {@code 整改完成率76%}). In JSON the surface is
 * {@code raw} and the span is {@code start}/{@code end} (see {@code corpus.json}).
 *
 * @param what    what the total counts, a {@link TotalKind}
 * @param value   the number, {@code null} when masked
 * @param masked  true when the digits are hidden
 * @param surface the surface text, equal to {@code span.coveredText(text)}
 * @param unit    the unit as written
 * @param span    where the total lies in the report's normalised text
 */
public record StatedTotal(TotalKind what, BigDecimal value, boolean masked, String surface, String unit, Span span) {

    public StatedTotal {
        if (span == null) {
            throw new IllegalArgumentException("stated total " + surface + " has no span");
        }
        if (masked && value != null) {
            throw new IllegalArgumentException("a masked total has no value: " + surface);
        }
    }

    /** A stated total at {@code [start, end)}. */
    public StatedTotal(TotalKind what, BigDecimal value, boolean masked, String surface, String unit, int start,
                       int end) {
        this(what, value, masked, surface, unit, new Span(start, end));
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
