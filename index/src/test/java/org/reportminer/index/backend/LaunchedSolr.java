package org.reportminer.index.backend;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A {@link SolrLauncher} in a child JVM: started with a given classpath, stopped by closing its stdin. Its stderr
 * goes to {@code DIR/launcher.log}, quoted when it fails to start.
 */
final class LaunchedSolr implements AutoCloseable {
    private final Process process;
    /** {@code HOST:PORT/solr}. */
    final String zkHost;

    private LaunchedSolr(Process process, String zkHost) {
        this.process = process;
        this.zkHost = zkHost;
    }

    /** Starts the launcher and waits (up to 3 minutes) for its {@code zkHost=} line. */
    static LaunchedSolr start(List<Path> classpath, Path dir, List<String> args) throws Exception {
        Files.createDirectories(dir);
        Path log = dir.resolve("launcher.log");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", String.join(java.io.File.pathSeparator, classpath.stream().map(Path::toString).toList()),
                SolrLauncher.class.getName(), dir.resolve("cluster").toString()));
        cmd.addAll(args);
        cmd.add("--watch-stdin");
        Process p = new ProcessBuilder(cmd).redirectError(log.toFile()).start();
        CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> {
            try {
                BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
                for (String l = r.readLine(); l != null; l = r.readLine()) {
                    if (l.startsWith("zkHost=")) {
                        return l;
                    }
                }
                return null;
            } catch (IOException e) {
                return null;
            }
        });
        String ready;
        try {
            ready = line.get(180, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            ready = null;
        }
        if (ready == null) {
            p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            String err = Files.readString(log, StandardCharsets.UTF_8);
            throw new IllegalStateException("SolrLauncher did not start; its stderr ends:\n"
                    + err.substring(Math.max(0, err.length() - 3000)));
        }
        return new LaunchedSolr(p, ready.substring("zkHost=".length(), ready.indexOf(' ')));
    }

    /** The classpath written by the build ({@code target/NAME}), one entry per path. */
    static List<Path> classpathFile(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " is missing: the build writes it (mvn test -pl index -am)");
        }
        List<Path> out = new ArrayList<>();
        for (String e : Files.readString(file, StandardCharsets.UTF_8).trim().split(java.io.File.pathSeparator)) {
            if (!e.isBlank()) {
                out.add(Path.of(e));
            }
        }
        return out;
    }

    @Override
    public void close() throws Exception {
        process.getOutputStream().close();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }
}
