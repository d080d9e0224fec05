package org.reportminer.corpus.ingest;

import java.time.Duration;

/**
 * Limits that guard ingestion against huge or hostile files.
 *
 * @param maxBytes        files larger than this are refused ({@code TOO_LONG}) before they are read
 * @param writeLimitChars extracted text is cut at this many characters and the report marked truncated
 * @param parseTimeout    a parse running longer than this is stopped ({@code TIMEOUT}), its child JVM with it
 * @param parseWorkers    at most this many child JVMs parse at once (the ingest's parse threads)
 * @param parserHeapMb    each parse child's heap cap; a parse that needs more fails as {@code TOO_LARGE}
 */
public record IngestOptions(long maxBytes, int writeLimitChars, Duration parseTimeout, int parseWorkers,
                            int parserHeapMb) {

    /** 100 MB. */
    public static final long DEFAULT_MAX_BYTES = 100L * 1024 * 1024;
    /**
     * One million characters: 17 times the longest of the 83 government reports in the test corpora (57,614), and
     * small enough that extraction, storing and indexing of one report fit a 1 GB heap. A .txt file decodes at most
     * four bytes per character of it, however large the file.
     */
    public static final int DEFAULT_WRITE_LIMIT_CHARS = 1_000_000;
    /**
     * 40 seconds for a parse, so any file ends within a minute with start-up and the rest; pages read by OCR add
     * 30 s each (see {@code ParserPool}).
     */
    public static final Duration DEFAULT_PARSE_TIMEOUT = Duration.ofSeconds(40);
    /**
     * 512 MB: every office, PDF and HTML report in the test corpora parses in it, and two children at this cap
     * plus the main process stay inside 1.5 GB on a single hostile file.
     */
    public static final int DEFAULT_PARSER_HEAP_MB = 512;

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
        if (parseWorkers < 1) {
            throw new IllegalArgumentException("parseWorkers must be at least 1: " + parseWorkers);
        }
        if (parserHeapMb < 64) {
            throw new IllegalArgumentException("parserHeapMb must be at least 64: " + parserHeapMb);
        }
    }

    /** These limits, one parse child per CPU core, each with {@link #DEFAULT_PARSER_HEAP_MB}. */
    public IngestOptions(long maxBytes, int writeLimitChars, Duration parseTimeout) {
        this(maxBytes, writeLimitChars, parseTimeout, Runtime.getRuntime().availableProcessors(),
                DEFAULT_PARSER_HEAP_MB);
    }

    /** 100 MB, 1M characters, 40 s, a child per core with 512 MB each. */
    public static IngestOptions defaults() {
        return new IngestOptions(DEFAULT_MAX_BYTES, DEFAULT_WRITE_LIMIT_CHARS, DEFAULT_PARSE_TIMEOUT);
    }
}
