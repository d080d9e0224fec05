package org.reportminer.cli;

import java.lang.reflect.Constructor;
import org.reportminer.corpus.store.StoreLockedException;
import picocli.CommandLine;

/**
 * Builds the configured {@link CommandLine}: injected writers, exit-code mapping and one-line error handling.
 * Tests call {@link #create(CliEnv)} with their own writers and run commands in-process.
 */
public final class CommandLineFactory {
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
