package org.reportminer.index.analysis;

import java.io.IOException;

/**
 * A user's synonym file cannot be used: not UTF-8, or a rule Lucene's Solr-format parser rejects. The message names
 * the file and the reason in one line; it is the user's input to fix, not an internal error.
 */
public final class SynonymFileException extends IOException {
    public SynonymFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
