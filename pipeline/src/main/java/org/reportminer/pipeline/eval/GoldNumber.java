package org.reportminer.pipeline.eval;

import java.math.BigDecimal;

/**
 * A number a report states about itself or its work, as a reader wrote it down.
 *
 * @param key       the annotator's name for it
 * @param value     the value in the written unit ({@code 4.5} for {@code 4.5亿吨}), or {@code null} when it is not a
 *                  plain number (a ratio {@code 2.2:1}): then {@code written} must be found as written
 * @param written   the literal form when it differs from the value ({@code 2.2:1}, {@code 2×66}), else {@code null}
 * @param unit      the unit as written, scale included ({@code 亿吨}, {@code 万元}, {@code %})
 * @param quote     an exact substring of the report that holds it, or {@code null}
 * @param qualifier 以上/超/近 … when the text has one, else {@code null}
 */
public record GoldNumber(String key, BigDecimal value, String written, String unit, String quote, String qualifier) {
    public GoldNumber {
        if (value == null && (written == null || written.isBlank())) {
            throw new IllegalArgumentException("gold number " + key + " has neither a value nor a written form");
        }
        unit = unit == null ? "" : unit;
    }
}
