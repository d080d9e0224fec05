package org.reportminer.pipeline.eval;

import java.util.List;

/**
 * What a reader annotated in one report. A {@code null} list means "not annotated" (the figure is not scored), an
 * empty one means "annotated: there are none".
 *
 * @param file       the report file, relative to the gold folder
 * @param org        the reporting organisation, or {@code null} when not annotated
 * @param year       the report year, or {@code null}
 * @param kind       the report kind as the annotator named it, or {@code null}
 * @param title      the title, or {@code null}
 * @param complete   whether the report meets the development set's criteria (complete, long enough)
 * @param findings   the findings in document order, or {@code null}
 * @param stated     the numbers the report states, or {@code null}
 * @param fixedTerms terms with numerals in them that are never counts (三会一课, 十五五 …)
 */
public record GoldReport(String file, String org, Integer year, String kind, String title, boolean complete,
                         List<GoldFinding> findings, List<GoldNumber> stated, List<String> fixedTerms) {
    public GoldReport {
        if (file == null || file.isBlank()) {
            throw new IllegalArgumentException("a gold report needs its file");
        }
        findings = findings == null ? null : List.copyOf(findings);
        stated = stated == null ? null : List.copyOf(stated);
        fixedTerms = fixedTerms == null ? List.of() : List.copyOf(fixedTerms);
    }
}
