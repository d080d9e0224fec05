package org.reportminer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a command may see of the outside world: its writers, environment variables and working directory.
 * Injected so tests run commands in-process with their own writers and environment.
 *
 * @param out     data output (stdout)
 * @param err     diagnostics (stderr)
 * @param env     environment variables
 * @param workDir the directory relative paths resolve against
 * @param tty     whether stdout/stderr are an interactive terminal (progress bar, colour)
 */
public record CliEnv(PrintWriter out, PrintWriter err, Map<String, String> env, Path workDir, boolean tty) {

    public CliEnv {
        env = Map.copyOf(env);
    }

    /** The default store: {@code REPORTMINER_HOME} when set, else {@code ./reportminer-data}. */
    public Path defaultStore() {
        String home = env.get("REPORTMINER_HOME");
        return home != null && !home.isBlank() ? workDir.resolve(home) : workDir.resolve("reportminer-data");
    }

    public Path resolve(Path p) {
        return workDir.resolve(p).normalize();
    }

    /** {@code p} as a user would type it: relative to the working directory when inside it. */
    public String display(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(workDir) && !abs.equals(workDir) ? workDir.relativize(abs).toString() : abs.toString();
    }
}
