package org.reportminer.corpus.model;

import java.math.BigDecimal;

/**
 * A total the report states about itself ({@code 存在3个方面12项问题}, {@code 整改完成率76%}).
 *
 * @param what   what the total counts, a {@link TotalKind}
 * @param value  the number, {@code null} when masked
 * @param masked true when the digits are hidden
 * @param raw    the surface text, equal to {@code text.substring(start, end)}
 * @param unit   the unit as written
 */
public record StatedTotal(TotalKind what, BigDecimal value, boolean masked, String raw, String unit, int start, int end) {

    public StatedTotal {
        new Span(start, end);
        if (masked && value != null) {
            throw new IllegalArgumentException("a masked total has no value: " + raw);
        }
    }
}
