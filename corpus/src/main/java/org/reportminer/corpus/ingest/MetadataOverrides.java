package org.reportminer.corpus.ingest;

/**
 * Metadata given by the user for masked or undated reports ({@code --org --year --kind}, or a sidecar
 * {@code NAME.meta.json}). Every field may be {@code null}: not given.
 *
 * @param org   the reporting organisation
 * @param year  the report year
 * @param kind  the report kind (巡察整改进展情况, 党风廉政建设责任制报告 …)
 * @param title the report title
 */
public record MetadataOverrides(String org, Integer year, String kind, String title) {

    private static final MetadataOverrides NONE = new MetadataOverrides(null, null, null, null);

    public MetadataOverrides {
        org = blankToNull(org);
        kind = blankToNull(kind);
        title = blankToNull(title);
        if (year != null && (year < 1900 || year > 2200)) {
            throw new IllegalArgumentException("year out of range 1900-2200: " + year);
        }
    }

    /** Overrides from the command line, which has no title option. */
    public MetadataOverrides(String org, Integer year, String kind) {
        this(org, year, kind, null);
    }

    /** No overrides. */
    public static MetadataOverrides none() {
        return NONE;
    }

    /** These overrides where given, else {@code fallback}'s: the command line wins over the sidecar. */
    public MetadataOverrides orElse(MetadataOverrides fallback) {
        return new MetadataOverrides(org != null ? org : fallback.org, year != null ? year : fallback.year,
                kind != null ? kind : fallback.kind, title != null ? title : fallback.title);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
