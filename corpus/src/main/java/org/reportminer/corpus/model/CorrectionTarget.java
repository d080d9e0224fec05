package org.reportminer.corpus.model;

import java.util.Objects;

/**
 * What a correction points at, recorded so that it can be found again after re-extraction: the span and the surface
 * text it had when the correction was made. The reference ({@code F3}, {@code F3.M2}) is for people only; ids are
 * renumbered when findings come and go, so the correction re-attaches by span and text, never by id.
 *
 * @param level   a finding or a measure
 * @param ref     the reference the user gave ({@code F3}, or {@code F3.M2}: the second measure of F3)
 * @param span    where the target lay in the report's normalised text
 * @param surface the target's text at that time, equal to {@code span.coveredText(text)} then
 */
public record CorrectionTarget(Level level, String ref, Span span, String surface) {

    /** Whether a finding or one of its measures is meant. */
    public enum Level {
        /** A finding. */
        FINDING,
        /** A measure of a finding. */
        MEASURE
    }

    public CorrectionTarget {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(surface, "surface");
        if (ref == null || ref.isBlank()) {
            throw new IllegalArgumentException("a correction target needs its reference (F3, F3.M2)");
        }
    }
}
