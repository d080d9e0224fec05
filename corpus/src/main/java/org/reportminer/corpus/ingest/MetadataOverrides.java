package org.reportminer.corpus.ingest;

/**
 * Metadata given by the user for masked or undated reports ({@code --org --year --kind}, or a sidecar
 * {@code NAME.meta.json}). Every field may be {@code null}: not given. Values are checked against
 * {@link MetadataLimits} on construction: control characters are removed, and a value over its length limit or a
 * year out of range is an {@link IllegalArgumentException} naming the field, never cut silently.
 *
 * @param org   the reporting organisation
 * @param year  the report year
 * @param kind  the report kind (巡察整改进展情况, 党风廉政建设责任制报告 …)
 * @param title the report title
 */
public record MetadataOverrides(String org, Integer year, String kind, String title) {

    private static final MetadataOverrides NONE = new MetadataOverrides(null, null, null, null);

    /**
     * @throws IllegalArgumentException a value breaks a {@link MetadataLimits} limit; the message names the field as
     *                                  a sidecar spells it ({@code org has 40000 characters; at most 100 …})
     */
    public MetadataOverrides {
        org = MetadataLimits.require("org", org, MetadataLimits.MAX_ORG_CHARS);
        kind = MetadataLimits.require("kind", kind, MetadataLimits.MAX_KIND_CHARS);
        title = MetadataLimits.require("title", title, MetadataLimits.MAX_TITLE_CHARS);
        year = MetadataLimits.requireYear("year", year);
    }

    /** Overrides from the command line, which has no title option. */
    public MetadataOverrides(String org, Integer year, String kind) {
        this(org, year, kind, null);
    }

    /**
     * Overrides from the options {@code --org}, {@code --year} and {@code --kind}.
     *
     * @throws IllegalArgumentException a value breaks a limit; the message names the option
     *                                  ({@code --org has 40000 characters; at most 100 are allowed})
     */
    public static MetadataOverrides fromOptions(String org, Integer year, String kind) {
        return new MetadataOverrides(MetadataLimits.require("--org", org, MetadataLimits.MAX_ORG_CHARS),
                MetadataLimits.requireYear("--year", year),
                MetadataLimits.require("--kind", kind, MetadataLimits.MAX_KIND_CHARS));
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
}
