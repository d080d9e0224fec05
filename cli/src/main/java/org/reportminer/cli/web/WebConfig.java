package org.reportminer.cli.web;

import java.nio.file.Path;
import java.util.Objects;
import org.reportminer.index.backend.SolrTarget;

/**
 * How the workbench runs.
 *
 * @param store          the store folder (it may not exist yet: the first upload creates it)
 * @param host           the address to bind; only loopback may go without a token
 * @param port           the port, 0 for any free one
 * @param token          the access token every request must carry, or {@code null} (loopback only)
 * @param maxUploadBytes the largest file accepted by an upload
 * @param solr           the SolrCloud collection searched and written instead of {@code STORE/index}, or
 *                       {@code null}
 */
public record WebConfig(Path store, String host, int port, String token, long maxUploadBytes, SolrTarget solr) {
    /** Default upload limit: 50 MB, well above any report and far below what would strain the reader. */
    public static final long DEFAULT_MAX_UPLOAD = 50L * 1024 * 1024;

    /** A workbench on the store's embedded index. */
    public WebConfig(Path store, String host, int port, String token, long maxUploadBytes) {
        this(store, host, port, token, maxUploadBytes, null);
    }

    public WebConfig {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535: " + port);
        }
        if (maxUploadBytes < 1) {
            throw new IllegalArgumentException("upload limit must be positive: " + maxUploadBytes);
        }
        if (token != null && token.isBlank()) {
            throw new IllegalArgumentException("the token must not be blank");
        }
        if (token == null && !isLoopback(host)) {
            throw new IllegalArgumentException("--host " + host + " is reachable from other machines: it needs a token");
        }
    }

    /** Whether {@code host} names this machine only. */
    public static boolean isLoopback(String host) {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1") || host.equals("[::1]");
    }
}
