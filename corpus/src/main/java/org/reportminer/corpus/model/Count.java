package org.reportminer.corpus.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A quantity the report states, such as {@code 集中学习22次} or {@code 风险隐患35项，其中高风险17项…}. In JSON the surface
 * is {@code raw} and the span is {@code start}/{@code end} (see {@code corpus.json}).
 *
 * @param value     the number, or {@code null} when the digits are masked ({@code *项}); never guessed
 * @param masked    true when the digits are hidden by {@code *}
 * @param surface   the surface text of the count, equal to {@code span.coveredText(text)}
 * @param unit      the unit as written (次, 项, 万元, ㎡, % …)
 * @param object    what is counted (集中学习, 问题 …), or {@code null} when the text does not say
 * @param qualifier 以上/左右/超过/余 … when the number is approximate, else {@code null}
 * @param span      where the count lies in the report's normalised text
 * @param parts     the breakdown given with {@code 其中}, in order; empty when none
 */
public record Count(BigDecimal value, boolean masked, String surface, String unit, String object, String qualifier,
                    Span span, List<Count> parts) {

    public Count {
        if (span == null) {
            throw new IllegalArgumentException("count " + surface + " has no span");
        }
        if (masked && value != null) {
            throw new IllegalArgumentException("a masked count has no value: " + surface);
        }
        parts = List.copyOf(parts);
    }

    /** A count at {@code [start, end)}. */
    public Count(BigDecimal value, boolean masked, String surface, String unit, String object, String qualifier,
                 int start, int end, List<Count> parts) {
        this(value, masked, surface, unit, object, qualifier, new Span(start, end), parts);
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
