package org.reportminer.pipeline.eval;

import java.util.List;

/**
 * How one report's extraction compares with its gold. Counts, not ratios, so scores add up over a set.
 *
 * @param file               the report file
 * @param complete           whether the gold report meets the development set's criteria
 * @param goldFindings       gold findings (0 when not annotated)
 * @param extractedFindings  findings the product extracted (0 when findings are not annotated)
 * @param foundFindings      gold findings some extracted finding starts with
 * @param matchedExtracted   extracted findings that match a gold finding
 * @param measuresAnnotated  found findings whose gold has a measure count
 * @param measuresRight      of those, found findings with exactly that many measures
 * @param statedGold         gold stated numbers
 * @param statedFound        of those, found as a count with the same value and unit inside the quote
 * @param metadataAnnotated  metadata fields the gold gives (org, year, kind, title)
 * @param metadataFilled     of those, fields the extraction filled at all
 * @param metadataRight      of those, fields equal to the gold (the title and kind: containing one another)
 * @param fixedTermCounts    extracted counts inside a fixed term: must be 0
 * @param misses             one line per miss, for the reader of the report
 */
public record ReportScore(String file, boolean complete, int goldFindings, int extractedFindings, int foundFindings,
                          int matchedExtracted, int measuresAnnotated, int measuresRight, int statedGold,
                          int statedFound, int metadataAnnotated, int metadataFilled, int metadataRight,
                          int fixedTermCounts, List<String> misses) {
    public ReportScore {
        misses = List.copyOf(misses);
    }
}
