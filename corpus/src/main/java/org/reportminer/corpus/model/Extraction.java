package org.reportminer.corpus.model;

import java.util.List;

/**
 * Everything extracted from one report. Field names are a public JSON contract.
 *
 * @param title        the report's title
 * @param org          the organisation that reports, or {@code null}
 * @param year         the report year, stated or inferred, or {@code null}
 * @param yearEvidence why that year: the stated year, or the dated events that place it
 * @param kind         the report kind (巡察整改进展情况, 党风廉政建设责任制报告 …), or {@code null}
 * @param sections     the heading hierarchy
 * @param findings     every problem the report states, in text order
 * @param counts       every count in the report, in text order
 * @param statedTotals totals the report states about itself
 * @param checks       consistency checks, each ok or not
 */
public record Extraction(String title, String org, Integer year, String yearEvidence, String kind,
                         List<Section> sections, List<Finding> findings, List<Count> counts,
                         List<StatedTotal> statedTotals, List<Check> checks) {

    public Extraction {
        sections = List.copyOf(sections);
        findings = List.copyOf(findings);
        counts = List.copyOf(counts);
        statedTotals = List.copyOf(statedTotals);
        checks = List.copyOf(checks);
    }

    /** All measures of all findings, in text order. */
    public List<Measure> measures() {
        return findings.stream().flatMap(f -> f.measures().stream()).toList();
    }
}
