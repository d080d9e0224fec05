package org.reportminer.cli;

import java.lang.reflect.Constructor;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.reportminer.cli.command.StoreOption;
import org.reportminer.corpus.store.StoreLockedException;
import org.reportminer.index.write.IndexDamage;
import picocli.CommandLine;

/**
 * Builds the configured {@link CommandLine}: injected writers, exit-code mapping and one-line error handling.
 * Tests call {@link #create(CliEnv)} with their own writers and run commands in-process.
 */
public final class CommandLineFactory {
    /** Commands whose unexplained failures may come from damaged index data. */
    private static final Set<String> READS_INDEX = Set.of("search", "stats", "ingest");

    private CommandLineFactory() {
    }

    public static CommandLine create(CliEnv env) {
        return create(env, new Services(env));
    }

    /** A command line sharing already-loaded {@code services} (the demo runs several commands on one HanLP). */
    public static CommandLine create(CliEnv env, Services services) {
        CommandLine cl = new CommandLine(new ReportsCommand(), new InjectingFactory(env, services));
        cl.setOut(env.out());
        cl.setErr(env.err());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        // Descriptions are written as lines of up to ~100 columns; Chinese counts double in picocli's layout.
        cl.setUsageHelpWidth(120);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            boolean verbose = isVerbose(parseResult);
            Optional<String> damaged = damagedIndex(ex, commandLine, env);
            if (damaged.isPresent()) {
                commandLine.getErr().println("reportminer: " + damaged.get());
                if (verbose) {
                    ex.printStackTrace(commandLine.getErr());
                }
                commandLine.getErr().flush();
                return ExitCodes.INPUT_PROBLEMS;
            }
            int code = ex instanceof CliException ce ? ce.exitCode() : ExitCodes.INTERNAL;
            String msg = ex instanceof java.nio.file.NoSuchFileException nsf ? nsf.getFile() + ": no such file or folder"
                    : ex.getMessage() == null ? ex.getClass().getName() : ex.getMessage();
            // Expected environmental failures (a locked store, a disk error) read as one plain line.
            boolean expected = ex instanceof CliException || ex instanceof StoreLockedException
                    || ex instanceof java.io.IOException || ex instanceof java.io.UncheckedIOException;
            commandLine.getErr().println("reportminer: " + (expected ? msg
                    : "internal error: " + ex.getClass().getSimpleName() + ": " + msg));
            if (verbose) {
                ex.printStackTrace(commandLine.getErr());
            } else if (!expected) {
                commandLine.getErr().println("(run with --verbose for the stack trace)");
            }
            commandLine.getErr().flush();
            return code;
        });
        return cl;
    }

    /**
     * "index PATH is damaged: REASON; run `reportminer reindex`" when {@code ex} comes from a damaged index: known
     * Lucene damage in its causes, or, for an unexplained failure of a command that reads the index, a checksum
     * failure found by reading the index once more.
     */
    private static Optional<String> damagedIndex(Exception ex, CommandLine commandLine, CliEnv env) {
        Path index = commandLine.getMixins().values().stream().filter(StoreOption.class::isInstance)
                .map(m -> ((StoreOption) m).index(env)).findFirst().orElse(null);
        Optional<String> reason = IndexDamage.reason(ex);
        boolean unexplained = !(ex instanceof CliException || ex instanceof StoreLockedException
                || ex instanceof java.io.IOException || ex instanceof java.io.UncheckedIOException);
        if (reason.isEmpty() && unexplained && index != null && READS_INDEX.contains(commandLine.getCommandName())) {
            reason = IndexDamage.verify(index);
        }
        return reason.map(r -> "index " + (index == null ? "" : index + " ") + "is damaged: " + r
                + "; run `reportminer reindex`");
    }

    private static boolean isVerbose(CommandLine.ParseResult pr) {
        for (CommandLine.ParseResult r = pr; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    /** Creates commands whose constructor takes the environment and/or the shared services. */
    private record InjectingFactory(CliEnv env, Services services) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            for (Constructor<?> c : cls.getDeclaredConstructors()) {
                Class<?>[] p = c.getParameterTypes();
                if (p.length == 2 && p[0] == CliEnv.class && p[1] == Services.class) {
                    return cls.cast(c.newInstance(env, services));
                }
                if (p.length == 1 && p[0] == CliEnv.class) {
                    return cls.cast(c.newInstance(env));
                }
            }
            return CommandLine.defaultFactory().create(cls);
        }
    }
}
