package org.reportminer.pipeline;

/**
 * The time one stage of a {@link Pipeline} has taken so far, over every document it analysed.
 *
 * @param stage the stage name
 * @param calls how many documents it ran on (failed runs included)
 * @param nanos total wall-clock nanoseconds across all threads
 */
public record StageTiming(String stage, long calls, long nanos) {

    /** Mean milliseconds per call, 0 before the first call. */
    public double meanMillis() {
        return calls == 0 ? 0 : nanos / 1e6 / calls;
    }
}
