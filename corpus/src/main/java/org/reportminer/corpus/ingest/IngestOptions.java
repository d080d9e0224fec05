package org.reportminer.corpus.ingest;

import java.time.Duration;

/**
 * Limits that guard ingestion against huge or hostile files.
 *
 * @param maxBytes        files larger than this are refused ({@code TOO_LONG}) before they are read
 * @param writeLimitChars extracted text is cut at this many characters and the report marked truncated
 * @param parseTimeout    a parse running longer than this is abandoned ({@code TIMEOUT})
 */
public record IngestOptions(long maxBytes, int writeLimitChars, Duration parseTimeout) {

    /** 100 MB. */
    public static final long DEFAULT_MAX_BYTES = 100L * 1024 * 1024;
    /** 20 million characters. */
    public static final int DEFAULT_WRITE_LIMIT_CHARS = 20_000_000;
    /** Two minutes. */
    public static final Duration DEFAULT_PARSE_TIMEOUT = Duration.ofSeconds(120);

    public IngestOptions {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        if (writeLimitChars <= 0) {
            throw new IllegalArgumentException("writeLimitChars must be positive: " + writeLimitChars);
        }
        if (parseTimeout == null || parseTimeout.isNegative() || parseTimeout.isZero()) {
            throw new IllegalArgumentException("parseTimeout must be positive: " + parseTimeout);
        }
    }

    /** 100 MB, 20M characters, 120 s. */
    public static IngestOptions defaults() {
        return new IngestOptions(DEFAULT_MAX_BYTES, DEFAULT_WRITE_LIMIT_CHARS, DEFAULT_PARSE_TIMEOUT);
    }
}
