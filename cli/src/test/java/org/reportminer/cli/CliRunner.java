package org.reportminer.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Runs reportminer in-process with captured output, as jbang's tests do. */
final class CliRunner {
    private final Path workDir;
    private final Map<String, String> env = new HashMap<>();

    CliRunner(Path workDir) {
        this.workDir = workDir;
    }

    CliRunner env(String key, String value) {
        env.put(key, value);
        return this;
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliEnv cliEnv = new CliEnv(new PrintWriter(out, true), new PrintWriter(err, true), env, workDir, false);
        int code = CommandLineFactory.create(cliEnv).execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit=" + exitCode + "\n--- out\n" + out + "\n--- err\n" + err;
        }
    }
}
