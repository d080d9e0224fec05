package org.reportminer.index.compare;

import java.util.List;

/**
 * How much of a report is copied from an earlier one. Field names are a public JSON contract:
 * {@code {reportId, earlierReportId, share, passages[]}}.
 *
 * @param reportId        the later report
 * @param earlierReportId the report it was compared with
 * @param share           reused characters / content characters of the later report, in [0, 1]; boilerplate openings
 *                        and very short sentences count in neither
 * @param passages        merged reused passages, longest first
 */
public record Reuse(String reportId, String earlierReportId, double share, List<ReusedPassage> passages) {

    public Reuse {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("share must lie in [0,1]: " + share);
        }
        passages = List.copyOf(passages);
    }
}
