package org.reportminer.pipeline.eval;

/**
 * A problem a reader found in a report.
 *
 * @param label    the label as written ({@code （三）}, {@code 措施序号（1）：}), or {@code null} when unlabelled
 * @param first    the first characters of the finding, exactly as written, right after the label
 * @param measures the numbered (or 一是/二是) measures directly under it, or {@code null} when not annotated
 * @param status   the completion wording the text states, or {@code null}
 */
public record GoldFinding(String label, String first, Integer measures, String status) {
    public GoldFinding {
        if (first == null || first.isBlank()) {
            throw new IllegalArgumentException("a gold finding needs its first characters");
        }
    }
}
