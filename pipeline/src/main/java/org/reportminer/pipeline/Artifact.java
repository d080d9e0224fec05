package org.reportminer.pipeline;

/**
 * What a {@link Stage} needs and gives: each constant names one typed field (or set of fields) of
 * {@link AnnotatedDocument}. A {@link Pipeline} checks at construction that every artifact a stage requires is given
 * by the input or provided by an earlier stage.
 */
public enum Artifact {
    /** The normalised report text; every document starts with it. */
    TEXT,
    /** The lines, headings and heading tree ({@link AnnotatedDocument#outline()}, {@link AnnotatedDocument#sections()}). */
    OUTLINE,
    /** Every count in text order. */
    COUNTS,
    /** The totals the report states about itself. */
    STATED_TOTALS,
    /** The findings with their measures. */
    FINDINGS,
    /** A taxonomy category on every finding. */
    CATEGORIES,
    /** Title, organisation, year (with evidence) and kind as the text states them. */
    METADATA,
    /** The consistency checks. */
    CHECKS
}
