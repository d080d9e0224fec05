package org.reportminer.corpus.model;

/** Why an input could not be ingested or analysed. */
public enum ProblemKind {
    UNSUPPORTED_TYPE,
    ENCRYPTED,
    CORRUPT,
    EMPTY,
    BINARY,
    TOO_LONG,
    TIMEOUT,
    IO,
    /** The file was read, but a stage of the extraction failed on its text (a bug, reported with the stage). */
    EXTRACTION_FAILED
}
