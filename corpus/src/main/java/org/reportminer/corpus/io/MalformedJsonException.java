package org.reportminer.corpus.io;

import java.io.IOException;

/** JSON input that could not be read as the expected type; the message names the source and the reason. */
public final class MalformedJsonException extends IOException {

    public MalformedJsonException(String message, Throwable cause) {
        super(message, cause);
    }
}
