package org.reportminer.corpus.store;

/**
 * What {@link ReportStore#put} did.
 *
 * @param kind       added, unchanged, replaced or duplicate
 * @param id         the id of the report now stored (for {@code DUPLICATE}: of the stored report with the same text)
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
        REPLACED,
        /** The same text is already stored from another file (e.g. the .pdf of a stored .docx): nothing written. */
        DUPLICATE
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
