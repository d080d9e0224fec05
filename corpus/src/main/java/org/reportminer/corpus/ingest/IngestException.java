package org.reportminer.corpus.ingest;

import org.reportminer.corpus.model.ProblemKind;

/** An expected failure of one input, turned into a {@link org.reportminer.corpus.model.Problem} by the ingester. */
final class IngestException extends Exception {

    private final ProblemKind kind;

    IngestException(ProblemKind kind, String message) {
        super(message);
        this.kind = kind;
    }

    IngestException(ProblemKind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    ProblemKind kind() {
        return kind;
    }
}
