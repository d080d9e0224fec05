package org.reportminer.cli.work;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.reportminer.corpus.ingest.IngestResult;
import org.reportminer.corpus.ingest.Ingester;
import org.reportminer.corpus.ingest.MetadataOverrides;
import org.reportminer.corpus.model.Problem;
import org.reportminer.pipeline.ReportAnalyser;

/**
 * Reads and extracts many files on several threads and hands the results to one consumer thread in input order,
 * so the store and the index are written by one thread while parsing and extraction use every core. At most
 * {@code 2 × threads} results wait in memory. One bad file never stops the batch: it becomes a {@link Problem}.
 *
 * <p>A file whose raw bytes hash (SHA-256) to a report already stored is not parsed at all: it comes back as
 * {@link Known}. Re-ingesting an unchanged 61 MB file took 27 s of parsing before; hashing it takes well under one.
 */
public final class BatchReader {
    private static final int HASH_BUFFER = 1 << 16;

    /** Reads one file into a report or a problem: the {@link Ingester}, or a stand-in that counts calls in tests. */
    @FunctionalInterface
    public interface FileReader {
        IngestResult read(Path file, MetadataOverrides overrides);
    }

    /** What reading one input gave. */
    public sealed interface Read permits Parsed, Known {
        /** The input file. */
        Path file();
    }

    /** The file was parsed (and, when that worked, extracted). */
    public record Parsed(Path file, IngestResult result) implements Read {
    }

    /** The file's bytes are those of stored report {@code reportId}: nothing was parsed. */
    public record Known(Path file, String reportId) implements Read {
    }

    private final FileReader reader;
    private final long maxBytes;
    private final ReportAnalyser analysis;
    private final int threads;

    public BatchReader(Ingester ingester, ReportAnalyser analysis, int threads) {
        this(ingester::ingest, ingester.options().maxBytes(), analysis, threads);
    }

    /**
     * @param reader   parses one file
     * @param maxBytes files above this size are never hashed (the reader refuses them anyway)
     */
    public BatchReader(FileReader reader, long maxBytes, ReportAnalyser analysis, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.reader = reader;
        this.maxBytes = maxBytes;
        this.analysis = analysis;
        this.threads = threads;
    }

    /** Worker threads. */
    public int threads() {
        return threads;
    }

    /**
     * Reads {@code files}; {@code sink} receives each in input order on the calling thread.
     *
     * @param knownFiles hex SHA-256 of a stored file's bytes → its report id ({@code ReportStore#fileHashes}); files
     *                   that hash to a key are not parsed. Read from several threads: pass an immutable map.
     */
    public void read(List<Path> files, MetadataOverrides overrides, Map<String, String> knownFiles,
                     Consumer<Read> sink) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "reportminer-read");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<Read>> inFlight = new ArrayDeque<>();
            int next = 0;
            while (next < files.size() || !inFlight.isEmpty()) {
                while (next < files.size() && inFlight.size() < 2 * threads) {
                    Path f = files.get(next++);
                    inFlight.add(pool.submit(() -> readOne(f, overrides, knownFiles)));
                }
                sink.accept(await(inFlight.removeFirst()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Parses and extracts {@code file} on the calling thread, whatever its hash. */
    public Parsed parse(Path file, MetadataOverrides overrides) {
        IngestResult r = reader.read(file, overrides);
        // a failing extraction stage comes back as an EXTRACTION_FAILED problem: the batch goes on
        return new Parsed(file, r instanceof IngestResult.Ingested in ? analysis.analyse(in.report()) : r);
    }

    private Read readOne(Path file, MetadataOverrides overrides, Map<String, String> knownFiles) {
        if (!knownFiles.isEmpty() && Ingester.supports(file)) {
            String id = hash(file).map(knownFiles::get).orElse(null);
            if (id != null) {
                return new Known(file, id);
            }
        }
        return parse(file, overrides);
    }

    /** Hex SHA-256 of the file's bytes, or empty when it is not a readable file of an acceptable size. */
    private Optional<String> hash(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) == 0 || Files.size(file) > maxBytes) {
                return Optional.empty();
            }
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[HASH_BUFFER];
            try (InputStream in = Files.newInputStream(file)) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    sha.update(buffer, 0, n);
                }
            }
            return Optional.of(HexFormat.of().formatHex(sha.digest()));
        } catch (IOException e) {
            // the parser will meet the same problem and report it properly
            return Optional.empty();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }

    private static Read await(Future<Read> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading files", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("reading failed unexpectedly: " + e.getCause(), e.getCause());
        }
    }
}
