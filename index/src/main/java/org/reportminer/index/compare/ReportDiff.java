package org.reportminer.index.compare;

import java.util.List;

/**
 * What changed between an earlier and a later report of one organisation.
 *
 * @param reportId          the later report
 * @param earlierReportId   the earlier report
 * @param newFindings       findings of the later report with no link to the earlier one
 * @param recurring         links from later findings to the earlier findings they repeat
 * @param noLongerMentioned findings of the earlier report no later finding links to
 */
public record ReportDiff(String reportId, String earlierReportId, List<FindingRef> newFindings, List<Link> recurring,
                         List<FindingRef> noLongerMentioned) {

    public ReportDiff {
        newFindings = List.copyOf(newFindings);
        recurring = List.copyOf(recurring);
        noLongerMentioned = List.copyOf(noLongerMentioned);
    }
}
