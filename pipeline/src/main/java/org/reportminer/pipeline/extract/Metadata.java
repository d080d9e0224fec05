package org.reportminer.pipeline.extract;

/**
 * What a report says about itself.
 *
 * @param title        the title line, or {@code null}
 * @param org          the organisation, or {@code null}
 * @param year         stated or inferred year, or {@code null}
 * @param yearEvidence why that year, or {@code null}
 * @param kind         the report kind, or {@code null}
 */
public record Metadata(String title, String org, Integer year, String yearEvidence, String kind) {
}
