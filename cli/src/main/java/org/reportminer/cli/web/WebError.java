package org.reportminer.cli.web;

import io.javalin.http.HttpStatus;

/** A request that ends with {@code status} and a one-line message in Chinese, as a page or as JSON. */
final class WebError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient HttpStatus status;

    WebError(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }
}
