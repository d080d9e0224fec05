package org.reportminer.corpus.model;

import java.util.List;

/**
 * A problem the report states, with the measures taken against it.
 *
 * @param id       stable id within the report ({@code F1}, {@code F2} … in text order)
 * @param area     the problem area (the {@code （一）“…”方面} block), or {@code null}
 * @param group    the problem group heading, or {@code null}
 * @param category the problem category from the taxonomy, or {@code null} before classification
 * @param text     the problem statement, equal to {@code text.substring(start, end)}
 * @param measures measures in text order (repeats kept)
 * @param counts   counts inside the problem statement
 */
public record Finding(String id, String area, String group, String category, String text, int start, int end,
                      List<Measure> measures, List<Count> counts) {

    public Finding {
        new Span(start, end);
        measures = List.copyOf(measures);
        counts = List.copyOf(counts);
    }

    public Span span() {
        return new Span(start, end);
    }

    public Finding withCategory(String newCategory) {
        return new Finding(id, area, group, newCategory, text, start, end, measures, counts);
    }
}
