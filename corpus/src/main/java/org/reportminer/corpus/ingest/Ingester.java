package org.reportminer.corpus.ingest;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.reportminer.corpus.io.JsonCodec;
import org.reportminer.corpus.io.MalformedJsonException;
import org.reportminer.corpus.model.OffsetMap;
import org.reportminer.corpus.model.Problem;
import org.reportminer.corpus.model.ProblemKind;
import org.reportminer.corpus.model.Provenance;
import org.reportminer.corpus.model.Report;

/**
 * Reads one report file into a {@link Report} with normalised text, or into a one-line {@link Problem}; never
 * throws for bad input, so a batch always continues.
 *
 * <p>Steps: check the type (by extension, see {@link #supports}), size and emptiness; read the bytes and hash them
 * (the report id is the first 16 hex digits of their SHA-256); extract text on a worker thread under the parse
 * timeout (plain text is decoded by {@link TextFileDecoder}; HTML is decoded by it too, under the charset rules of
 * {@link HtmlCharset}, before Tika reads the markup; MHT must pass its binary check; OFD is unpacked by
 * {@link OfdUnpacker} and read by ofdrw; everything else is read by Tika); normalise
 * with {@link TextNormalizer}; merge metadata (command line over sidecar {@code NAME.meta.json}; title else from
 * the first short line). Organisation, year and kind stay {@code null} unless given: extraction fills them later.
 *
 * <p>Thread-safe: build one and share it. Parsing runs in-process: a timed-out parse is interrupted and abandoned,
 * but a parser that ignores interruption keeps its (daemon) thread until it ends. {@link #close()} stops the
 * workers.
 */
public final class Ingester implements AutoCloseable {

    /** Sidecar files end in this; they are metadata, not reports. */
    public static final String SIDECAR_SUFFIX = ".meta.json";
    /** A first line shorter than this becomes the title. */
    private static final int MAX_TITLE_CHARS = 80;

    private final IngestOptions options;
    private final TextFileDecoder textDecoder = new TextFileDecoder();
    private final TikaTextExtractor tika;
    private final OfdTextExtractor ofd;
    private final TextNormalizer normalizer = new TextNormalizer();
    private final JsonCodec json = new JsonCodec();
    private final ExecutorService workers;

    /** An ingester with {@link IngestOptions#defaults()}. */
    public Ingester() {
        this(IngestOptions.defaults());
    }

    public Ingester(IngestOptions options) {
        this.options = options;
        this.tika = new TikaTextExtractor(options.writeLimitChars());
        this.ofd = new OfdTextExtractor(options.writeLimitChars());
        this.workers = Executors.newCachedThreadPool(new DaemonThreads());
    }

    /** The limits this ingester applies. */
    public IngestOptions options() {
        return options;
    }

    /** Whether {@code file} has a supported extension and is not a sidecar: what a folder walk should ingest. */
    public static boolean supports(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        return !isSidecar(file) && Format.of(name).isPresent();
    }

    /** Whether {@code file} is a metadata sidecar ({@code NAME.meta.json}). */
    public static boolean isSidecar(Path file) {
        return file.getFileName() != null
                && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(SIDECAR_SUFFIX);
    }

    /**
     * Ingests one file.
     *
     * @param file      the report file
     * @param overrides metadata from the command line ({@link MetadataOverrides#none()} when none); wins over a
     *                  sidecar
     * @return the report (no extraction yet), or the problem naming the file and the reason
     */
    public IngestResult ingest(Path file, MetadataOverrides overrides) {
        String source = file.toAbsolutePath().normalize().toString();
        try {
            return new IngestResult.Ingested(read(file, source, overrides == null ? MetadataOverrides.none() : overrides));
        } catch (IngestException e) {
            return failed(e.kind(), source, e.getMessage());
        } catch (NoSuchFileException e) {
            return failed(ProblemKind.IO, source, "no such file");
        } catch (IOException e) {
            return failed(ProblemKind.IO, source, "cannot read: " + TikaTextExtractor.rootMessage(e));
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            return failed(ProblemKind.CORRUPT, source, "cannot read: " + TikaTextExtractor.rootMessage(e));
        }
    }

    private static IngestResult failed(ProblemKind kind, String source, String message) {
        return new IngestResult.Failed(new Problem(kind, source, message));
    }

    private Report read(Path file, String source, MetadataOverrides overrides) throws IngestException, IOException {
        String name = file.getFileName() == null ? source : file.getFileName().toString();
        if (Files.isDirectory(file)) {
            throw new IngestException(ProblemKind.IO, "is a directory, not a file");
        }
        Format format = Format.of(name).filter(f -> !isSidecar(file)).orElseThrow(() -> new IngestException(
                ProblemKind.UNSUPPORTED_TYPE, "unsupported file type "
                        + (Format.extension(name).isEmpty() ? "(no extension)" : "." + Format.extension(name))
                        + "; supported: " + Format.supportedList()));
        long size = Files.size(file);
        if (size == 0) {
            throw new IngestException(ProblemKind.EMPTY, "empty file (0 bytes)");
        }
        if (size > options.maxBytes()) {
            throw new IngestException(ProblemKind.TOO_LONG, "file is " + size + " bytes, over the limit of "
                    + options.maxBytes() + " bytes");
        }
        MetadataOverrides merged = overrides.orElse(readSidecar(file));
        byte[] bytes = Files.readAllBytes(file);
        String sha256 = sha256(bytes);
        ExtractedText extracted = extractWithTimeout(format, bytes, name);
        NormalizedText normalized = normalizer.normalize(extracted.text());
        if (normalized.text().isBlank()) {
            throw new IngestException(ProblemKind.EMPTY, "no text found (" + extracted.mediaType() + ")");
        }
        OffsetMap map = normalized.offsetMap();
        String title = merged.title() != null ? merged.title() : guessTitle(normalized.text());
        Provenance provenance = new Provenance(source, extracted.mediaType(), extracted.charset(), size, sha256,
                extracted.truncated());
        return new Report(sha256.substring(0, 16), provenance, title, merged.org(), merged.year(), merged.kind(),
                normalized.text(), map, null);
    }

    private MetadataOverrides readSidecar(Path file) throws IngestException {
        Optional<Path> sidecar = sidecarOf(file);
        if (sidecar.isEmpty()) {
            return MetadataOverrides.none();
        }
        try {
            return json.read(sidecar.get(), SidecarMetadata.class).toOverrides();
        } catch (MalformedJsonException e) {
            throw new IngestException(ProblemKind.CORRUPT, "malformed sidecar " + sidecar.get().getFileName() + ": "
                    + e.getMessage().substring(e.getMessage().indexOf(": ") + 2), e);
        } catch (IllegalArgumentException e) {
            // A value over its limit fails the file rather than being cut: the sidecar is the user's own statement,
            // and a truncated org or kind would be stored silently under a name nobody wrote.
            throw new IngestException(ProblemKind.CORRUPT, "bad sidecar " + sidecar.get().getFileName() + ": "
                    + e.getMessage(), e);
        } catch (IOException e) {
            throw new IngestException(ProblemKind.IO, "cannot read sidecar " + sidecar.get().getFileName() + ": "
                    + TikaTextExtractor.rootMessage(e), e);
        }
    }

    /** {@code NAME.EXT.meta.json} beside the file, else {@code NAME.meta.json}. */
    static Optional<Path> sidecarOf(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        String name = file.getFileName().toString();
        Path full = dir.resolve(name + SIDECAR_SUFFIX);
        if (Files.isRegularFile(full)) {
            return Optional.of(full);
        }
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            Path base = dir.resolve(name.substring(0, dot) + SIDECAR_SUFFIX);
            if (Files.isRegularFile(base)) {
                return Optional.of(base);
            }
        }
        return Optional.empty();
    }

    private ExtractedText extractWithTimeout(Format format, byte[] bytes, String name)
            throws IngestException {
        Future<ExtractedText> future = workers.submit(() -> extract(format, bytes, name));
        try {
            return future.get(options.parseTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new IngestException(ProblemKind.TIMEOUT, "parse timed out after "
                    + options.parseTimeout().toMillis() + " ms", e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new IngestException(ProblemKind.TIMEOUT, "interrupted while parsing", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IngestException ie) {
                throw ie;
            }
            throw new IngestException(ProblemKind.CORRUPT, "corrupt file: " + TikaTextExtractor.rootMessage(cause),
                    cause);
        }
    }

    private ExtractedText extract(Format format, byte[] bytes, String name) throws IngestException {
        switch (format.reader()) {
            case PLAIN_TEXT: {
                TextFileDecoder.Decoded decoded = textDecoder.decode(bytes, name);
                String text = decoded.text();
                boolean truncated = text.length() > options.writeLimitChars();
                if (truncated) {
                    text = text.substring(0, options.writeLimitChars());
                }
                return new ExtractedText(text, "text/plain", decoded.charset(), truncated);
            }
            case HTML: {
                // decoded by the .txt rules, so binary content is refused the same way
                Optional<Charset> declared = HtmlCharset.declaredOther(bytes);
                TextFileDecoder.Decoded decoded = declared.isPresent()
                        ? textDecoder.decodeDeclared(bytes, name, declared.get()) : textDecoder.decode(bytes, name);
                return tika.extractDecoded(decoded.text(), name, decoded.charset());
            }
            case MIME_TEXT:
                // only the binary check: each MIME part names its own charset, which Tika reads
                textDecoder.decode(bytes, name);
                return tika.extract(bytes, name);
            case OFD:
                return ofd.extract(bytes);
            default:
                return tika.extract(bytes, name);
        }
    }

    /** The first line when it is short enough to be a title, else {@code null}. */
    static String guessTitle(String normalizedText) {
        int nl = normalizedText.indexOf('\n');
        String first = (nl < 0 ? normalizedText : normalizedText.substring(0, nl)).strip();
        return !first.isEmpty() && first.length() < MAX_TITLE_CHARS ? first : null;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }

    /** Stops the worker threads; parses still running are interrupted. */
    @Override
    public void close() {
        workers.shutdownNow();
    }

    private static final class DaemonThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "reportminer-parse-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
