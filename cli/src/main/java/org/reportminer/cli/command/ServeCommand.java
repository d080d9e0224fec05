package org.reportminer.cli.command;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.CountDownLatch;
import org.reportminer.cli.CliEnv;
import org.reportminer.cli.CliException;
import org.reportminer.cli.ExitCodes;
import org.reportminer.cli.Services;
import org.reportminer.cli.web.WebConfig;
import org.reportminer.cli.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code reportminer serve}: the web workbench on this machine, until stopped (Ctrl-C). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        header = "Start the web workbench (资料库, 检索, 对比) in the browser.",
        description = {"Serves the store in a local web app: upload reports, read them with what was extracted marked",
            "in place, the 整改台账, search and the cross-year comparison; plus a JSON API under /api/.",
            "Binds 127.0.0.1 by default. Any other --host needs an access token: --token, or one is generated and",
            "printed; requests without it get 401. Runs until Ctrl-C.",
            "With --solr/--solr-url (or a --config file), searches, comparisons and the index writes of uploads,",
            "deletions and metadata edits go to that SolrCloud collection; the store stays on this machine."})
public final class ServeCommand extends BaseCommand {
    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "Port (default 8080; 0: any free one).")
    private int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address to bind (default 127.0.0.1, this machine only).")
    private String host;

    @Option(names = "--token", paramLabel = "TOKEN", description = "Access token (needed for a --host other than loopback).")
    private String token;

    @Option(names = "--max-upload-mb", paramLabel = "MB", defaultValue = "50", description = "Largest upload (default 50 MB).")
    private int maxUploadMb;

    @Mixin
    private SolrOption solr;

    public ServeCommand(CliEnv env, Services services) {
        super(env, services);
    }

    @Override
    public Integer call() throws Exception {
        Path dir = store.resolve(env);
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new CliException(ExitCodes.USAGE, "--store " + env.display(dir) + ": not a folder");
        }
        if (maxUploadMb < 1) {
            throw new CliException(ExitCodes.USAGE, "--max-upload-mb must be at least 1: " + maxUploadMb);
        }
        String t = token;
        if (t == null && !WebConfig.isLoopback(host)) {
            byte[] b = new byte[18];
            new SecureRandom().nextBytes(b);
            t = HexFormat.of().formatHex(b);
        }
        WebConfig config;
        try {
            config = new WebConfig(dir, host, port, t, maxUploadMb * 1024L * 1024L, solr.target(env).orElse(null));
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, e.getMessage(), e);
        }
        long started = System.nanoTime();
        WebServer server;
        try {
            server = WebServer.start(config, services);
        } catch (RuntimeException e) {
            throw new CliException(ExitCodes.USAGE, "cannot serve on " + host + ":" + port + ": " + rootMessage(e), e);
        }
        env.err().printf("reportminer serve: store %s%s, started in %d ms; Ctrl-C stops%n", env.display(dir),
                config.solr() == null ? "" : ", index " + config.solr(), (System.nanoTime() - started) / 1_000_000);
        if (t != null && token == null) {
            env.err().println("access token (generated): " + t);
        }
        env.out().println(server.url());
        env.out().flush();
        env.err().flush();
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stop.countDown();
        }, "reportminer-serve-stop"));
        stop.await();
        return ExitCodes.OK;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }
}
