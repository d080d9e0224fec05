package org.reportminer.cli.command;

import java.nio.file.Files;
import java.nio.file.Path;
import org.reportminer.cli.CliEnv;
import org.reportminer.cli.CliException;
import org.reportminer.cli.ExitCodes;
import org.reportminer.cli.app.StoreLayout;
import picocli.CommandLine.Option;

/**
 * The {@code --store DIR} option shared by commands that use the store. Only {@code ingest} creates a store:
 * readers given a folder that is not a store fail with a usage error, so a typo in {@code --store} never reads as
 * an empty store (or, under {@code reindex}, creates a new one).
 */
public final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR",
            description = "Store folder (default: $REPORTMINER_HOME, else ./reportminer-data). Only ingest creates it.")
    private Path store;

    /** The store folder this run uses, whether or not it exists. */
    public Path resolve(CliEnv env) {
        return store != null ? env.resolve(store) : env.defaultStore();
    }

    /**
     * The store folder for a command that reads it.
     *
     * @throws CliException (usage) when the folder does not exist or is not a store
     */
    public Path existing(CliEnv env) {
        Path dir = resolve(env);
        if (!Files.exists(dir)) {
            throw new CliException(ExitCodes.USAGE, "no store at " + env.display(dir)
                    + ": check --store or REPORTMINER_HOME; `reportminer ingest FILES` creates a store");
        }
        if (!Files.isDirectory(dir)) {
            throw new CliException(ExitCodes.USAGE, "--store " + env.display(dir) + ": not a folder");
        }
        if (!StoreLayout.isStore(dir)) {
            throw new CliException(ExitCodes.USAGE, env.display(dir) + " is not a reportminer store (no "
                    + StoreLayout.REPORTS_DIR + "/ folder): check --store or REPORTMINER_HOME");
        }
        return dir;
    }

    /**
     * The store folder for {@code ingest}, which may create it.
     *
     * @throws CliException (usage) when the path exists but is not a folder
     */
    public Path forWrite(CliEnv env) {
        Path dir = resolve(env);
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new CliException(ExitCodes.USAGE, "--store " + env.display(dir) + ": not a folder");
        }
        return dir;
    }

    /** The index folder inside the existing store. */
    public Path index(CliEnv env) {
        return StoreLayout.index(existing(env));
    }
}
