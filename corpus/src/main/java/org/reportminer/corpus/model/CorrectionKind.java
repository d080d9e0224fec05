package org.reportminer.corpus.model;

/** What a user's correction changes in an extraction (see {@link Correction}). */
public enum CorrectionKind {
    /** Sets the status of a finding or a measure ({@code value} is a {@link MeasureStatus} name). */
    STATUS,
    /** Sets who is responsible for a finding or a measure ({@code value}; {@code null} clears it). */
    RESPONSIBLE,
    /** Sets the deadline or frequency of a finding or a measure ({@code value}; {@code null} clears it). */
    TIMEFRAME,
    /** Marks a finding as no finding at all: it leaves the corrected extraction. */
    FALSE_FINDING,
    /** Merges a finding with another ({@code other}): one finding spanning both, measures and counts joined. */
    MERGE,
    /** Splits a finding at an offset inside it ({@code at}) into two whose spans partition the original. */
    SPLIT
}
