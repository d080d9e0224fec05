package org.reportminer.index.compare;

import org.reportminer.corpus.model.Measure;
import org.reportminer.corpus.model.MeasureStatus;

/**
 * A measure as tracking shows it. Field names are a public JSON contract.
 *
 * @param label          the label as written (①, 1., 一是)
 * @param text           the measure's text
 * @param status         how far it had got that year
 * @param statusEvidence the words that gave the status ({@code 人工更正} when the user set it), or {@code null}
 * @param start          where it starts in its report's text
 * @param end            where it ends
 */
public record TrackedMeasure(String label, String text, MeasureStatus status, String statusEvidence, int start,
                             int end) {

    static TrackedMeasure of(Measure m) {
        return new TrackedMeasure(m.label(), m.surface(), m.status(), m.statusEvidence(), m.start(), m.end());
    }
}
