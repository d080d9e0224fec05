package org.reportminer.pipeline.eval;

import java.util.List;
import java.util.Map;

/**
 * One report's entry in a development set's {@code manifest.json}, in the schema of
 * {@code shared/realworld/README.md}; what {@code correct --export-gold} writes from a corrected report.
 *
 * @param file            the report text, relative to the manifest's folder
 * @param url             where it was published, or {@code null}
 * @param source          how the annotation was made (not in the realworld schema; readers ignore it)
 * @param org             the reporting organisation
 * @param province        the province, or {@code null}
 * @param year            the report year
 * @param kind            the report kind
 * @param title           the title
 * @param meetsCriteria   whether the report is complete and long enough
 * @param criteriaNote    why not, or {@code null}
 * @param chars           the text's length in code points
 * @param cjkChars        its characters in U+4E00–U+9FFF
 * @param numberingStyles the label styles of its measures (①, 1., 一是 …), in first-seen order
 * @param findingsStated  the number of problems the report states, or {@code null}
 * @param findings        the findings in document order
 * @param stated          the numbers the report states about itself: {@code key → {n, unit, quote}}
 * @param notes           free notes
 */
public record GoldEntry(String file, String url, String source, String org, String province, Integer year,
                        String kind, String title, boolean meetsCriteria, String criteriaNote, int chars,
                        int cjkChars, List<String> numberingStyles, Integer findingsStated,
                        List<GoldFinding> findings, Map<String, Object> stated, List<String> notes) {
    public GoldEntry {
        if (file == null || file.isBlank()) {
            throw new IllegalArgumentException("a gold entry needs its file");
        }
        numberingStyles = List.copyOf(numberingStyles);
        findings = List.copyOf(findings);
        stated = Map.copyOf(stated);
        notes = List.copyOf(notes);
    }
}
