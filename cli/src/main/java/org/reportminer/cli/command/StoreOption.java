package org.reportminer.cli.command;

import java.nio.file.Path;
import org.reportminer.cli.CliEnv;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option shared by commands that use the store. */
public final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR",
            description = "Store folder (default: $REPORTMINER_HOME, else ./reportminer-data).")
    private Path store;

    /** The store folder this run uses. */
    public Path resolve(CliEnv env) {
        return store != null ? env.resolve(store) : env.defaultStore();
    }

    /** The index folder inside the store. */
    public Path index(CliEnv env) {
        return resolve(env).resolve("index");
    }
}
