package org.reportminer.pipeline.extract;

/**
 * What a report says about itself.
 *
 * @param title        the title (rejoined when a PDF broke it over lines), or {@code null}
 * @param org          the organisation, or {@code null}
 * @param year         the year of the report itself (its title, its signature date, its cut-off date …), or
 *                     {@code null}
 * @param yearEvidence why that year, or {@code null}
 * @param kind         the report kind, or {@code null}
 * @param period       the period under review as written ({@code 2023年度}), kept apart from the year of the
 *                     report, or {@code null}
 */
public record Metadata(String title, String org, Integer year, String yearEvidence, String kind, String period) {

    /** Without a period under review. */
    public Metadata(String title, String org, Integer year, String yearEvidence, String kind) {
        this(title, org, year, yearEvidence, kind, null);
    }
}
