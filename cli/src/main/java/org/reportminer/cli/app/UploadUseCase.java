package org.reportminer.cli.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.reportminer.cli.CliException;
import org.reportminer.cli.Services;
import org.reportminer.corpus.ingest.MetadataOverrides;
import org.reportminer.corpus.model.Problem;
import org.reportminer.index.backend.SolrTarget;

/**
 * Upload: one file received from a front end goes into the store's uploads folder, then through the normal
 * {@link IngestUseCase}. The bytes first go to a temporary file under {@code uploads/.incoming/} (so a process killed
 * mid-upload leaves the store as it was, and the next start sweeps the part away), then are moved to
 * {@code uploads/HASH/NAME}: the store decides the folder from the content, the client's name is only made safe by
 * {@link UploadName}. Two uploads of the same bytes land on the same file and end as one report.
 */
public final class UploadUseCase {
    private static final String INCOMING = ".incoming";
    private static final int HASH_CHARS = 16;

    private final IngestUseCase ingest;
    private final SolrTarget solr;

    public UploadUseCase(Services services) {
        this(services, null);
    }

    /** Uploads indexed into the SolrCloud collection {@code solr} instead of {@code STORE/index} (when not null). */
    public UploadUseCase(Services services, SolrTarget solr) {
        this.ingest = new IngestUseCase(services);
        this.solr = solr;
    }

    /**
     * What became of one uploaded file.
     *
     * @param name        the name it is kept under (made safe)
     * @param outcome     added, unchanged, replaced, duplicate or failed
     * @param id          the report id, or {@code null} when it failed
     * @param duplicateOf the stored report with the same text, for a duplicate
     * @param title       the report's title, or {@code null}
     * @param year        the report's year, or {@code null}
     * @param reason      why it failed, one line; {@code null} otherwise
     * @param bytes       the size received
     */
    public record Outcome(String name, String outcome, String id, String duplicateOf, String title, Integer year,
                          String reason, long bytes) {
    }

    /**
     * Receives {@code body} (read to its end, not closed) as the file {@code clientName} and ingests it.
     *
     * @throws UploadTooLargeException when the body exceeds {@code maxBytes}; nothing is kept
     * @throws IOException             when the file cannot be written, or the index cannot be read or written
     * @throws org.reportminer.corpus.store.StoreLockedException when another process writes the store
     */
    public Outcome upload(Path store, String clientName, InputStream body, long maxBytes, ProgressListener listener)
            throws IOException {
        String name = UploadName.of(clientName);
        Path incoming = StoreLayout.uploads(store).resolve(INCOMING);
        Files.createDirectories(incoming);
        Path part = incoming.resolve(UUID.randomUUID() + ".part");
        MessageDigest sha = sha256();
        long size;
        try {
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(part), sha)) {
                size = copyAtMost(body, out, maxBytes, name);
            }
            Path folder = StoreLayout.uploads(store).resolve(HexFormat.of().formatHex(sha.digest())
                    .substring(0, HASH_CHARS));
            Path file = folder.resolve(name).normalize();
            if (!file.startsWith(folder) || !file.getParent().equals(folder)) {
                throw new IllegalStateException("upload name " + name + " escapes " + folder);
            }
            Files.createDirectories(folder);
            move(part, file);
            return ingest(store, name, file, size, listener);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /** Removes parts of uploads that a killed process left behind; call when no upload is running. */
    public static void sweepIncoming(Path store) throws IOException {
        Path incoming = StoreLayout.uploads(store).resolve(INCOMING);
        if (!Files.isDirectory(incoming)) {
            return;
        }
        try (Stream<Path> parts = Files.list(incoming)) {
            for (Path p : parts.toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private Outcome ingest(Path store, String name, Path file, long size, ProgressListener listener)
            throws IOException {
        IngestSummary summary;
        try {
            summary = ingest.ingest(new IngestRequest(List.of(file), store, store, MetadataOverrides.none(), 1, solr),
                    listener);
        } catch (CliException e) {
            // "no report files found": the extension is not one the reader knows
            return failed(name, e.getMessage(), size);
        }
        if (!summary.reports().isEmpty()) {
            IngestSummary.Item item = summary.reports().get(0);
            return new Outcome(name, item.outcome().name().toLowerCase(Locale.ROOT), item.id(), item.duplicateOf(),
                    item.title(), item.year(), null, size);
        }
        String reason = summary.failures().stream().map(Problem::message).findFirst().orElse("not read");
        return failed(name, reason, size);
    }

    private static Outcome failed(String name, String reason, long size) {
        return new Outcome(name, "failed", null, null, null, null, reason.replaceAll("\\s+", " "), size);
    }

    private static long copyAtMost(InputStream in, OutputStream out, long maxBytes, String name) throws IOException {
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buf)) >= 0; ) {
            total += n;
            if (total > maxBytes) {
                throw new UploadTooLargeException(name, maxBytes);
            }
            out.write(buf, 0, n);
        }
        return total;
    }

    /** Moves the part into place; the same bytes under the same name already there are kept as they are. */
    private static void move(Path part, Path file) throws IOException {
        try {
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            Files.deleteIfExists(part);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the file system of " + file.getParent() + " cannot rename atomically", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
