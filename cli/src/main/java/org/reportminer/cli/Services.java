package org.reportminer.cli;

/**
 * Heavy collaborators (segmenter, extractor, ingester), built at most once per process and only when a command
 * needs them, so {@code --help} and {@code list} start fast.
 */
public final class Services {
    private final CliEnv env;

    Services(CliEnv env) {
        this.env = env;
    }

    public CliEnv env() {
        return env;
    }
}
