package org.reportminer.cli;

/** The exit-code contract, documented in the README and the root command's footer. */
public final class ExitCodes {
    /** Everything worked. */
    public static final int OK = 0;
    /** An unexpected internal error. */
    public static final int INTERNAL = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;
    /** The run finished but some inputs failed; they are listed. */
    public static final int INPUT_PROBLEMS = 3;

    private ExitCodes() {
    }
}
