package org.reportminer.cli.command;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.reportminer.cli.CliEnv;
import org.reportminer.cli.Services;
import org.reportminer.cli.app.ProgressListener;
import org.reportminer.cli.output.ConsoleProgress;
import picocli.CommandLine.Mixin;

/**
 * What every store command shares: the environment, the services and the {@code --store} option, plus the bits of
 * output they all do the same way. A subcommand parses its options, calls one use case and renders the outcome.
 */
public abstract class BaseCommand implements Callable<Integer> {
    /** Writers, environment variables and working directory. */
    protected final CliEnv env;
    /** The heavy collaborators, loaded on first use. */
    protected final Services services;

    /** {@code --store DIR}. */
    @Mixin
    protected StoreOption store;

    protected BaseCommand(CliEnv env, Services services) {
        this.env = env;
        this.services = services;
    }

    /** Progress, warnings and written files of a use case, on stderr. */
    protected ProgressListener progress() {
        return new ConsoleProgress(env.err(), env.tty(), env::display);
    }

    /** Prints {@code value} as JSON on stdout. */
    protected void printJson(Object value) {
        env.out().println(services.json().toJson(value));
    }

    /** {@code p} resolved against the working directory, or {@code null} when not given. */
    protected Path resolve(Path p) {
        return p == null ? null : env.resolve(p);
    }
}
