package org.reportminer.index.search;

/**
 * A query the user wrote cannot be run. The message is one line meant for the user, e.g.
 * {@code bad query '巡察 AND': the query ends after 'AND'; something must follow}; no stack trace needs showing.
 */
public final class QueryException extends Exception {

    public QueryException(String message) {
        this(message, null);
    }

    public QueryException(String message, Throwable cause) {
        super(message.replace('\n', ' ').replace('\r', ' '), cause);
    }
}
