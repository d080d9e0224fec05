package org.reportminer.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Entry point: builds the command line and exits with its code. The only place that calls {@code System.exit}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        boolean tty = System.console() != null;
        CliEnv env = new CliEnv(out, err, System.getenv(), Path.of("").toAbsolutePath(), tty);
        int code = CommandLineFactory.create(env).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
