package org.reportminer.corpus.model;

import java.util.Objects;

/**
 * One correction a user made to what extraction found. Stored beside the report as part of a
 * {@link CorrectionOverlay}; the extraction itself is never altered.
 *
 * @param kind   what is changed
 * @param target the finding or measure changed (a finding for {@code FALSE_FINDING}, {@code MERGE} and
 *               {@code SPLIT})
 * @param value  the new status name ({@code STATUS}), responsible or timeframe; {@code null} elsewhere, and for
 *               {@code RESPONSIBLE}/{@code TIMEFRAME} a {@code null} clears the field
 * @param other  the finding merged into {@code target} ({@code MERGE} only), else {@code null}
 * @param at     the offset into the report's text where {@code SPLIT} cuts, strictly inside the target's span when
 *               made; {@code null} for the other kinds
 */
public record Correction(CorrectionKind kind, CorrectionTarget target, String value, CorrectionTarget other,
                         Integer at) {

    public Correction {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
        boolean findingOnly = kind == CorrectionKind.FALSE_FINDING || kind == CorrectionKind.MERGE
                || kind == CorrectionKind.SPLIT;
        if (findingOnly && target.level() != CorrectionTarget.Level.FINDING) {
            throw new IllegalArgumentException(kind + " applies to a finding, not to measure " + target.ref());
        }
        if (kind == CorrectionKind.STATUS) {
            MeasureStatus.valueOf(Objects.requireNonNull(value, "a status correction needs its status"));
        }
        if ((kind == CorrectionKind.MERGE) != (other != null)) {
            throw new IllegalArgumentException("the finding to merge with is given for MERGE and only for MERGE");
        }
        if (kind == CorrectionKind.MERGE && other.level() != CorrectionTarget.Level.FINDING) {
            throw new IllegalArgumentException("MERGE joins two findings, not measure " + other.ref());
        }
        if ((kind == CorrectionKind.SPLIT) != (at != null)) {
            throw new IllegalArgumentException("the offset to split at is given for SPLIT and only for SPLIT");
        }
    }

    /** The status a {@code STATUS} correction sets. */
    public MeasureStatus status() {
        return kind == CorrectionKind.STATUS ? MeasureStatus.valueOf(value) : null;
    }
}
