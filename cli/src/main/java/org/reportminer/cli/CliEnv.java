package org.reportminer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import org.reportminer.cli.output.TerminalText;

/**
 * What a command may see of the outside world: its writers, environment variables and working directory.
 * Injected so tests run commands in-process with their own writers and environment.
 *
 * @param out     data output (stdout)
 * @param err     diagnostics (stderr); wrapped so that control characters print as visible escapes
 * @param env     environment variables
 * @param workDir the directory relative paths resolve against
 * @param tty     whether stdout/stderr are an interactive terminal (progress bar, colour)
 */
public record CliEnv(PrintWriter out, PrintWriter err, Map<String, String> env, Path workDir, boolean tty) {

    public CliEnv {
        env = Map.copyOf(env);
        // Diagnostics echo file names and metadata taken from untrusted files: never let their controls through.
        err = TerminalText.escaping(err);
    }

    /** The default store: {@code REPORTMINER_HOME} when set, else {@code ./reportminer-data}. */
    public Path defaultStore() {
        String home = env.get("REPORTMINER_HOME");
        return home != null && !home.isBlank() ? workDir.resolve(home) : workDir.resolve("reportminer-data");
    }

    public Path resolve(Path p) {
        return workDir.resolve(p).normalize();
    }

    /**
     * {@code p} as a user would type it: relative to the working directory when inside it, with control characters
     * escaped (a file name is untrusted text).
     */
    public String display(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        return TerminalText.escape(abs.startsWith(workDir) && !abs.equals(workDir)
                ? workDir.relativize(abs).toString() : abs.toString());
    }
}
