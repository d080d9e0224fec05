package org.reportminer.corpus.model;

/**
 * One consistency check of an extraction.
 *
 * @param kind    which rule ran
 * @param ok      whether the report passed it
 * @param message what was compared, in words a reader can act on
 */
public record Check(CheckKind kind, boolean ok, String message) {
}
