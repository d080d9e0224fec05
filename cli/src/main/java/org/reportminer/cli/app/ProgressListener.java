package org.reportminer.cli.app;

import java.nio.file.Path;

/**
 * Hears what a use case is doing while it runs: batch progress, one-line warnings that must not be lost, and files
 * written. Every method has an empty default, so a front end implements only what it shows. Called on the thread
 * that called the use case.
 */
public interface ProgressListener {
    /** A listener that ignores everything. */
    ProgressListener SILENT = new ProgressListener() {
    };

    /** A batch of {@code total} items begins ({@code task} is a short label such as {@code ingest}). */
    default void started(String task, int total) {
    }

    /** One item of the batch is done; {@code line} says which and how it went. */
    default void stepped(String line) {
    }

    /** The batch is over, whether it finished or failed. */
    default void finished() {
    }

    /**
     * A problem or a repair worth one line (an input that failed, a quarantined report file, a report left out of a
     * comparison). The line names the file or report; it carries no prefix.
     */
    default void warned(String line) {
    }

    /**
     * The index refused stored report {@code reportId}, read from {@code source}, for {@code reason} (one line, which
     * may be long); the others go on. By default a {@link #warned} line.
     */
    default void refused(String source, String reportId, String reason) {
        warned(source + ": stored as " + reportId + ", but the index refused it: " + reason);
    }

    /** {@code dir} is not a store yet: the run creates it. */
    default void creatingStore(Path dir) {
    }

    /** {@code file} was written; {@code detail} says what it holds ({@code 38 rows}), or is empty. */
    default void wrote(Path file, String detail) {
    }
}
