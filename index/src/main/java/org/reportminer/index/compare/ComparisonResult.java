package org.reportminer.index.compare;

import java.util.List;

/**
 * The comparison of one organisation's reports. Field names are a public JSON contract ({@code links[]},
 * {@code chains[]}, {@code matrix}, {@code diffs[]}, {@code reuse[]}, {@code tracking[]}, {@code relapses[]}); serialise
 * with Jackson's record support.
 *
 * @param org     the organisation key ({@link OrgNames#key}) or the name given
 * @param reports the compared reports in year order, as {@code id} and {@code year}
 * @param links   accepted links between findings of different reports, strongest first
 * @param chains  recurring problems, strongest first
 * @param matrix  year × category counts
 * @param diffs   one diff per pair of consecutive reports
 * @param reuse   copied text of each report from the one before it, and from the older report it shares most
 *                sentences with when that one shares more than the report before it
 */
public record ComparisonResult(String org, List<ReportYear> reports, List<Link> links, List<Chain> chains,
                               CategoryMatrix matrix, List<ReportDiff> diffs, List<Reuse> reuse,
                               List<ProblemTrack> tracking, List<Relapse> relapses) {

    public ComparisonResult {
        reports = List.copyOf(reports);
        links = List.copyOf(links);
        chains = List.copyOf(chains);
        diffs = List.copyOf(diffs);
        reuse = List.copyOf(reuse);
        tracking = List.copyOf(tracking);
        relapses = List.copyOf(relapses);
    }

    /**
     * One compared report.
     *
     * @param reportId the report id
     * @param year     its year
     * @param title    its title, or {@code null}
     * @param findings how many findings (or problem sentences) it contributed
     */
    public record ReportYear(String reportId, int year, String title, int findings) {
    }
}
