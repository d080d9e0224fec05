package org.reportminer.cli.app;

/** An upload larger than the limit; nothing of it was kept. */
public final class UploadTooLargeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param limit the limit in bytes */
    public UploadTooLargeException(String name, long limit) {
        super(name + ": larger than the upload limit of " + limit / (1024 * 1024) + " MB");
    }
}
