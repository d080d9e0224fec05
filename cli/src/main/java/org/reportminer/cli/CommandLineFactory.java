package org.reportminer.cli;

import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.reportminer.cli.command.StoreOption;
import org.reportminer.corpus.store.StoreLockedException;
import org.reportminer.index.analysis.SynonymFileException;
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
        CommandLine.IParameterExceptionHandler standard = cl.getParameterExceptionHandler();
        cl.setParameterExceptionHandler((ex, args) -> {
            if (ex.getCause() instanceof CliException ce) {
                // an option converter's own message (--level x): the same one line as any other usage error
                PrintWriter err = ex.getCommandLine().getErr();
                err.println("reportminer: " + messageOf(ce));
                if (List.of(args).contains("--verbose")) {
                    ce.printStackTrace(err);
                }
                err.flush();
                return ce.exitCode();
            }
            List<String> dashed = dashedArguments(ex);
            if (dashed.isEmpty()) {
                return standard.handleParseException(ex, args);
            }
            // "search -整改" means the query "without 整改": say how to pass it rather than dump the usage.
            CommandLine.Model.CommandSpec spec = ex.getCommandLine().getCommandSpec();
            String label = spec.positionalParameters().get(0).paramLabel();
            String shown = dashed.stream().map(a -> "'" + shorten(a) + "'").collect(Collectors.joining(", "));
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("Unknown option" + (dashed.size() == 1 ? "" : "s") + ": " + shown);
            err.println("A " + label + " that starts with - goes after --: " + spec.qualifiedName() + " -- "
                    + dashed.stream().map(CommandLineFactory::shorten).collect(Collectors.joining(" ")));
            err.flush();
            return ExitCodes.USAGE;
        });
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
            int code = exitCodeOf(ex);
            String msg = messageOf(ex);
            boolean expected = code != ExitCodes.INTERNAL || ex instanceof java.io.IOException
                    || ex instanceof java.io.UncheckedIOException;
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
     * The unknown "options" of {@code ex} when they are all single-dash words given to a command that takes
     * positional parameters ({@code search -整改}): most likely an argument meant literally. Else empty.
     */
    private static List<String> dashedArguments(CommandLine.ParameterException ex) {
        if (!(ex instanceof CommandLine.UnmatchedArgumentException unmatched)
                || ex.getCommandLine().getCommandSpec().positionalParameters().isEmpty()) {
            return List.of();
        }
        List<String> args = unmatched.getUnmatched();
        boolean allDashed = !args.isEmpty()
                && args.stream().allMatch(a -> a.length() > 1 && a.startsWith("-") && !a.startsWith("--"));
        return allDashed ? args : List.of();
    }

    /** {@code arg} cut after 80 characters with {@code …}, so a 100k-character argument is not echoed. */
    private static String shorten(String arg) {
        int max = 80;
        return arg.codePointCount(0, arg.length()) <= max ? arg : arg.substring(0, arg.offsetByCodePoints(0, max)) + "…";
    }

    /**
     * The exit code for an exception that escaped a command. What the user can fix (a path, a locked store, a
     * synonym file) is a usage error, 2; only what is our fault, 1.
     */
    static int exitCodeOf(Throwable ex) {
        if (ex instanceof CliException ce) {
            return ce.exitCode();
        }
        if (ex instanceof StoreLockedException || ex instanceof SynonymFileException
                || ex instanceof java.nio.file.FileSystemException) {
            // FileSystemException covers a missing folder for -o, a read-only target, a file where a folder was expected
            return ExitCodes.USAGE;
        }
        if (ex instanceof java.io.UncheckedIOException u && u.getCause() instanceof java.nio.file.FileSystemException) {
            return ExitCodes.USAGE;
        }
        return ExitCodes.INTERNAL;
    }

    /** One line: a missing path reads as such, a message is cut so a huge value never floods the terminal. */
    static String messageOf(Throwable ex) {
        String msg;
        if (ex instanceof java.nio.file.NoSuchFileException nsf) {
            msg = nsf.getFile() + ": no such file or folder";
        } else if (ex instanceof java.nio.file.AccessDeniedException ade) {
            msg = ade.getFile() + ": permission denied";
        } else if (ex instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
            msg = fse.getFile() + ": " + fse.getReason();
        } else {
            msg = ex.getMessage() == null ? ex.getClass().getName() : ex.getMessage();
        }
        return msg.length() > MAX_MESSAGE ? msg.substring(0, MAX_MESSAGE) + "… (" + msg.length() + " chars)" : msg;
    }

    /** Longest error message printed; longer ones are cut (a message may quote user input). */
    private static final int MAX_MESSAGE = 500;

    /**
     * "index PATH is damaged: REASON; run `reportminer reindex`" when {@code ex} comes from a damaged index: known
     * Lucene damage in its causes, or, for an unexplained failure of a command that reads the index, a checksum
     * failure found by reading the index once more.
     */
    private static Optional<String> damagedIndex(Exception ex, CommandLine commandLine, CliEnv env) {
        Path index = commandLine.getMixins().values().stream().filter(StoreOption.class::isInstance)
                .map(m -> ((StoreOption) m).resolve(env).resolve("index")).findFirst().orElse(null);
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
