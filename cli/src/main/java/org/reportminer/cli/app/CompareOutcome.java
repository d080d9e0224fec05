package org.reportminer.cli.app;

import java.nio.file.Path;
import java.util.List;
import org.reportminer.index.compare.ComparisonResult;

/**
 * What a comparison found.
 *
 * @param results one comparison per organisation with two or more reports; empty when there was nothing to compare
 * @param skipped stored reports left out because they lack a year or an organisation
 * @param written the HTML pages written, in the order of {@code results}
 */
public record CompareOutcome(List<Comparison> results, List<Skipped> skipped, List<Path> written) {
    public CompareOutcome {
        results = List.copyOf(results);
        skipped = List.copyOf(skipped);
        written = List.copyOf(written);
    }

    /**
     * One organisation's comparison.
     *
     * @param orgName the organisation as its reports most often name it (the result carries the normalised key)
     * @param result  links, chains, matrix, diffs and reuse
     */
    public record Comparison(String orgName, ComparisonResult result) {
    }

    /**
     * A report left out.
     *
     * @param reportId the report
     * @param reason   why, and how to fix it ({@code no year; set one with ingest --year or a sidecar})
     */
    public record Skipped(String reportId, String reason) {
        /** {@code ID (REASON)}. */
        public String line() {
            return reportId + " (" + reason + ")";
        }
    }
}
