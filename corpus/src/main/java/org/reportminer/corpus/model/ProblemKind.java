package org.reportminer.corpus.model;

/** Why an input could not be ingested. */
public enum ProblemKind {
    UNSUPPORTED_TYPE,
    ENCRYPTED,
    CORRUPT,
    EMPTY,
    BINARY,
    TOO_LONG,
    TIMEOUT,
    IO
}
