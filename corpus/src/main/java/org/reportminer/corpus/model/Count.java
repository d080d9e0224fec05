package org.reportminer.corpus.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A quantity the report states, such as {@code 集中学习22次} or {@code 风险隐患35项，其中高风险17项…}.
 *
 * @param value     the number, or {@code null} when the digits are masked ({@code *项}); never guessed
 * @param masked    true when the digits are hidden by {@code *}
 * @param raw       the surface text of the count, equal to {@code text.substring(start, end)}
 * @param unit      the unit as written (次, 项, 万元, ㎡, % …)
 * @param object    what is counted (集中学习, 问题 …), or {@code null} when the text does not say
 * @param qualifier 以上/左右/超过/余 … when the number is approximate, else {@code null}
 * @param start     start offset (UTF-16) into the report's normalised text
 * @param end       end offset, exclusive
 * @param parts     the breakdown given with {@code 其中}, in order; empty when none
 */
public record Count(BigDecimal value, boolean masked, String raw, String unit, String object, String qualifier,
                    int start, int end, List<Count> parts) {

    public Count {
        new Span(start, end);
        if (masked && value != null) {
            throw new IllegalArgumentException("a masked count has no value: " + raw);
        }
        parts = List.copyOf(parts);
    }

    public Span span() {
        return new Span(start, end);
    }
}
