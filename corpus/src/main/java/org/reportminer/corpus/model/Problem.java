package org.reportminer.corpus.model;

/**
 * An input that failed, kept as data so a batch can list it at the end.
 *
 * @param kind    why it failed
 * @param source  the file
 * @param message one line for the user
 */
public record Problem(ProblemKind kind, String source, String message) {

    /** The one-line form printed to the user: {@code file: reason}. */
    public String line() {
        return source + ": " + message;
    }
}
