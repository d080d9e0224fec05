package org.reportminer.corpus.store;

/**
 * What {@link ReportStore#put} did.
 *
 * @param kind       added, unchanged or replaced
 * @param id         the id of the report now stored
 * @param replacedId the id of the older version from the same source that was removed, for {@code REPLACED};
 *                   else {@code null}
 */
public record PutOutcome(Kind kind, String id, String replacedId) {

    /** The three outcomes of a put. */
    public enum Kind {
        /** A new report. */
        ADDED,
        /** The same content was already stored: nothing written. */
        UNCHANGED,
        /** The source path held different content before; the old version was removed. */
        REPLACED
    }

    public PutOutcome {
        if (kind == null || id == null) {
            throw new IllegalArgumentException("outcome needs a kind and an id");
        }
        if ((kind == Kind.REPLACED) != (replacedId != null)) {
            throw new IllegalArgumentException("replacedId is given exactly for REPLACED, got " + kind + "/" + replacedId);
        }
    }
}
