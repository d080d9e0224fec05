package org.reportminer.corpus.model;

/** Why an input could not be ingested or analysed. */
public enum ProblemKind {
    UNSUPPORTED_TYPE,
    ENCRYPTED,
    CORRUPT,
    EMPTY,
    BINARY,
    TOO_LONG,
    /** Parsing needed more memory than the parser process may use (a bomb, or a file too big to read safely). */
    TOO_LARGE,
    TIMEOUT,
    /** The parser process died (a native crash, a kill, or a broken reply); the file is not to blame for certain. */
    PARSER_CRASHED,
    /** The file needs OCR and Tesseract is not installed; the message says how to install it. */
    OCR_UNAVAILABLE,
    IO,
    /** The file was read, but a stage of the extraction failed on its text (a bug, reported with the stage). */
    EXTRACTION_FAILED
}
