package org.reportminer.pipeline;

/**
 * A stage threw while analysing one document: a bug in that stage or input it cannot handle. The message names the
 * stage and the cause in one line ({@code extraction failed in stage counts: IllegalStateException: …}); the cause is
 * kept for {@code --verbose}.
 */
public final class StageFailedException extends RuntimeException {
    private final String stage;

    public StageFailedException(String stage, Throwable cause) {
        super("extraction failed in stage " + stage + ": " + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage()), cause);
        this.stage = stage;
    }

    /** The name of the stage that failed. */
    public String stage() {
        return stage;
    }
}
