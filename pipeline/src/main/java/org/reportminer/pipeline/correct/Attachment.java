package org.reportminer.pipeline.correct;

import org.reportminer.corpus.model.Correction;

/**
 * How one stored correction met the extraction it was applied to.
 *
 * @param number     its number in the overlay, from 1 (what {@code correct --remove N} takes)
 * @param correction the correction as stored
 * @param state      found where it was, found elsewhere, or orphaned
 * @param ref        the target's reference at the time it was applied ({@code F3}, {@code F3.M2}), or the stored
 *                   reference when orphaned
 * @param reason     why it is orphaned or where it moved (one line), or {@code null} when found exactly
 */
public record Attachment(int number, Correction correction, State state, String ref, String reason) {

    /** Whether and how the correction's target was found again. */
    public enum State {
        /** Same span, same text: nothing moved. */
        EXACT,
        /** The same text elsewhere (nearest the old offset), or an overlapping target whose text holds the old one. */
        MOVED,
        /** Its target is gone: kept in the overlay and listed, never applied and never dropped. */
        ORPHANED
    }

    /** Whether it was applied. */
    public boolean applied() {
        return state != State.ORPHANED;
    }
}
