package org.reportminer.index.compare;

/**
 * One finding (or problem sentence) as the comparison output names it. Field names are a public JSON contract:
 * {@code {reportId, year, findingId, text}}.
 *
 * @param reportId  the report's id
 * @param year      the report's year
 * @param findingId the finding's id within the report ({@code F3}, or {@code P2} for a problem sentence)
 * @param text      the finding's text as written
 */
public record FindingRef(String reportId, int year, String findingId, String text) {

    public FindingRef {
        if (reportId == null || reportId.isBlank() || findingId == null || findingId.isBlank()) {
            throw new IllegalArgumentException("finding needs a report id and a finding id: " + reportId + "/" + findingId);
        }
        if (text == null) {
            throw new IllegalArgumentException("finding " + reportId + "/" + findingId + " has no text");
        }
    }

    /** {@code reportId/findingId}, unique within one comparison. */
    public String key() {
        return reportId + "/" + findingId;
    }
}
