package org.reportminer.corpus.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
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
 * <p>Steps: check the type (by extension, see {@link #supports}), size and emptiness; hash the file as a stream (the
 * report id is the first 16 hex digits of its SHA-256); extract text. Plain text is decoded here by
 * {@link TextFileDecoder}, from at most four bytes per character of the write limit, so any size up to the limit
 * ends quickly in bounded memory. Every other format is parsed by a {@link DocumentReader} in a child JVM of the
 * {@link ParserPool} (heap cap, wall-time limit, replaced after a crash): HTML decoded by the same text rules under
 * {@link HtmlCharset}, MHT after its binary check, OFD unpacked by {@link OfdUnpacker} and read by ofdrw, the rest
 * by Tika, scanned PDF pages by Tesseract. Then normalise with {@link TextNormalizer}; merge metadata (command line
 * over sidecar {@code NAME.meta.json}; title else from the first short line). Organisation, year and kind stay
 * {@code null} unless given: extraction fills them later.
 *
 * <p>Thread-safe: build one and share it; at most {@link IngestOptions#parseWorkers()} files parse at once.
 * {@link #close()} stops the parse children.
 */
public final class Ingester implements AutoCloseable {

    /** Sidecar files end in this; they are metadata, not reports. */
    public static final String SIDECAR_SUFFIX = ".meta.json";
    /** A first line shorter than this becomes the title. */
    private static final int MAX_TITLE_CHARS = 80;

    private final IngestOptions options;
    private final TextFileDecoder textDecoder = new TextFileDecoder();
    private final ParserPool parsers;
    private final TextNormalizer normalizer = new TextNormalizer();
    private final JsonCodec json = new JsonCodec();

    /** An ingester with {@link IngestOptions#defaults()}. */
    public Ingester() {
        this(IngestOptions.defaults());
    }

    public Ingester(IngestOptions options) {
        this(options, ParserPool.Settings.of(options));
    }

    /** An ingester whose parse children start as {@code parserSettings} say: the seam for tests' hostile parsers. */
    Ingester(IngestOptions options, ParserPool.Settings parserSettings) {
        this.options = options;
        this.parsers = new ParserPool(parserSettings);
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
        ExtractedText extracted;
        String sha256;
        if (format.reader() == Format.Reader.PLAIN_TEXT) {
            // plain text is decoded here, but only its first bytes: enough for the write limit, never the whole file
            Prefix prefix = readPrefix(file, plainTextByteCap());
            sha256 = prefix.sha256();
            extracted = decodeText(prefix, name);
        } else {
            // everything a parser reads is parsed in a child JVM; this process only hashes the file as a stream
            sha256 = readPrefix(file, 0).sha256();
            extracted = parsers.parse(format, file, name, options.parseTimeout());
        }
        NormalizedText normalized = normalizer.normalize(extracted.text());
        if (normalized.text().isBlank()) {
            throw new IngestException(ProblemKind.EMPTY, "no text found (" + extracted.mediaType() + ")");
        }
        OffsetMap map = normalized.offsetMap();
        String title = merged.title() != null ? merged.title() : guessTitle(normalized.text());
        Provenance provenance = new Provenance(source, extracted.mediaType(), extracted.charset(), size, sha256,
                extracted.truncated(), extracted.ocr(), extracted.quality());
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

    /**
     * Bytes of a text file worth decoding: four per character of the write limit (GB18030's longest sequence) and
     * a few more, so a cut file still fills the limit.
     */
    private long plainTextByteCap() {
        return 4L * options.writeLimitChars() + 16;
    }

    /** The first {@code cap} bytes of a file (none when {@code cap} is 0) and the SHA-256 of all of it. */
    private record Prefix(byte[] bytes, boolean cut, String sha256) {
    }

    private static Prefix readPrefix(Path file, long cap) throws IOException {
        MessageDigest digest = newSha256();
        java.io.ByteArrayOutputStream kept = new java.io.ByteArrayOutputStream();
        long total = 0;
        byte[] buffer = new byte[1 << 16];
        try (java.io.InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; total += n) {
                digest.update(buffer, 0, n);
                if (total < cap) {
                    kept.write(buffer, 0, (int) Math.min(n, cap - total));
                }
            }
        }
        return new Prefix(kept.toByteArray(), total > cap, HexFormat.of().formatHex(digest.digest()));
    }

    private ExtractedText decodeText(Prefix prefix, String name) throws IngestException {
        byte[] bytes = prefix.cut() ? TextFileDecoder.cutAtSafeByte(prefix.bytes()) : prefix.bytes();
        TextFileDecoder.Decoded decoded = textDecoder.decode(bytes, name);
        String text = decoded.text();
        boolean truncated = prefix.cut() || text.length() > options.writeLimitChars();
        if (text.length() > options.writeLimitChars()) {
            text = text.substring(0, options.writeLimitChars());
        }
        return new ExtractedText(text, "text/plain", decoded.charset(), truncated);
    }

    /** The first line when it is short enough to be a title, else {@code null}. */
    static String guessTitle(String normalizedText) {
        int nl = normalizedText.indexOf('\n');
        String first = (nl < 0 ? normalizedText : normalizedText.substring(0, nl)).strip();
        return !first.isEmpty() && first.length() < MAX_TITLE_CHARS ? first : null;
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(newSha256().digest(bytes));
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }

    /** Stops the parse children; parses still running fail. */
    @Override
    public void close() {
        parsers.close();
    }
}
