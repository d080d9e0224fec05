package org.reportminer.corpus.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.reportminer.corpus.model.ProblemKind;
import org.reportminer.corpus.text.Controls;

/**
 * Unpacks an OFD package (a zip) into a fresh temporary folder of its own, so that ofdrw reads a folder we made
 * and never unpacks the untrusted zip itself (ofdrw 2.3.6 joins entry names onto its folder and checks only a
 * string prefix, so {@code ../} escapes; it also leaves its folder behind when the package is bad).
 *
 * <p>Every entry name is checked before anything is written: no {@code ..} segment, no absolute path, no drive
 * letter or colon, no backslash, no control character. Limits stop a zip bomb while it inflates, not after: at
 * most {@value #DEFAULT_MAX_ENTRIES} entries, at most {@link #DEFAULT_MAX_UNPACKED_BYTES} bytes in all, and, past
 * the first {@value #RATIO_THRESHOLD_BYTES} bytes, no more than {@value #MAX_RATIO} bytes out per byte of archive
 * read (Tika's own zip-bomb rule). The folder is named {@value #TEMP_PREFIX}… and is removed by
 * {@link Unpacked#close()}, or before {@link #unpack} throws.
 *
 * <p>Thread-safe: every call makes its own folder.
 */
final class OfdUnpacker {

    /** Prefix of every folder this class creates, so a leftover is recognisable as ours. */
    static final String TEMP_PREFIX = "reportminer-ofd-";
    /** 256 MB: well above any real OFD (the input itself is capped at 100 MB) and far below a bomb. */
    static final long DEFAULT_MAX_UNPACKED_BYTES = 256L * 1024 * 1024;
    /** A 1,000-page OFD has a few thousand entries. */
    static final int DEFAULT_MAX_ENTRIES = 20_000;
    /** Bytes out per byte in; XML compresses about 10:1, zeros about 1000:1. */
    static final int MAX_RATIO = 100;
    /** The ratio is checked only once this much has been inflated, so tiny packages are never refused. */
    static final long RATIO_THRESHOLD_BYTES = 1024 * 1024;

    private final Path tempRoot;
    private final long maxUnpackedBytes;
    private final int maxEntries;

    /** Unpacks into the system temporary folder with the default limits. */
    OfdUnpacker() {
        this(null, DEFAULT_MAX_UNPACKED_BYTES, DEFAULT_MAX_ENTRIES);
    }

    /**
     * @param tempRoot         where the temporary folder is made; {@code null} for {@code java.io.tmpdir}
     * @param maxUnpackedBytes the most bytes all entries may inflate to
     * @param maxEntries       the most entries (files and folders) a package may hold
     */
    OfdUnpacker(Path tempRoot, long maxUnpackedBytes, int maxEntries) {
        this.tempRoot = tempRoot;
        this.maxUnpackedBytes = maxUnpackedBytes;
        this.maxEntries = maxEntries;
    }

    /** A package unpacked into a folder that {@link #close()} deletes, with everything in it. */
    static final class Unpacked implements AutoCloseable {
        private final Path dir;

        private Unpacked(Path dir) {
            this.dir = dir;
        }

        /** The folder holding the entries. */
        Path dir() {
            return dir;
        }

        /** Deletes the folder and everything in it. */
        @Override
        public void close() throws IOException {
            deleteRecursively(dir);
        }
    }

    /**
     * Unpacks {@code zip} into a new folder.
     *
     * @throws IngestException {@code CORRUPT} for an unsafe or duplicate entry name or a damaged or empty zip,
     *                         {@code TOO_LONG} for a zip bomb or too many entries, {@code IO} when the folder cannot
     *                         be made or written, {@code TIMEOUT} when the thread is interrupted; the folder is
     *                         already removed
     */
    Unpacked unpack(byte[] zip) throws IngestException {
        Path dir;
        try {
            dir = tempRoot == null ? Files.createTempDirectory(TEMP_PREFIX)
                    : Files.createTempDirectory(tempRoot, TEMP_PREFIX);
        } catch (IOException e) {
            throw new IngestException(ProblemKind.IO, "cannot create a temporary folder to unpack the OFD: "
                    + TikaTextExtractor.rootMessage(e), e);
        }
        try {
            extractAll(zip, dir.toRealPath());
            return new Unpacked(dir);
        } catch (IngestException | Error e) {
            deleteQuietlyInto(dir, e);
            throw e;
        } catch (IOException | RuntimeException e) {
            // RuntimeException: java.util.zip throws IllegalArgumentException for a name that is not UTF-8
            IngestException failure = new IngestException(ProblemKind.CORRUPT,
                    "corrupt or unreadable OFD: " + TikaTextExtractor.rootMessage(e), e);
            deleteQuietlyInto(dir, failure);
            throw failure;
        }
    }

    private void extractAll(byte[] zip, Path root) throws IngestException, IOException {
        ByteArrayInputStream source = new ByteArrayInputStream(zip);
        byte[] buffer = new byte[64 * 1024];
        long unpacked = 0;
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(source)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++entries > maxEntries) {
                    throw new IngestException(ProblemKind.TOO_LONG, "OFD archive has more than " + maxEntries
                            + " entries");
                }
                Path target = safeTarget(root, entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        unpacked += n;
                        checkLimits(unpacked, zip.length - source.available());
                        out.write(buffer, 0, n);
                    }
                } catch (FileAlreadyExistsException e) {
                    throw new IngestException(ProblemKind.CORRUPT, "duplicate entry in the OFD archive: "
                            + quote(entry.getName()), e);
                }
            }
        }
        if (entries == 0) {
            throw new IngestException(ProblemKind.CORRUPT, "not an OFD: no zip entries found");
        }
    }

    /** Stops inflating as soon as a limit is passed, so a bomb costs at most one buffer beyond it. */
    private void checkLimits(long unpacked, long consumed) throws IngestException {
        if (unpacked > maxUnpackedBytes) {
            throw new IngestException(ProblemKind.TOO_LONG, "zip bomb: entries inflate to more than "
                    + megabytes(maxUnpackedBytes));
        }
        if (unpacked > RATIO_THRESHOLD_BYTES && unpacked > MAX_RATIO * Math.max(1, consumed)) {
            throw new IngestException(ProblemKind.TOO_LONG, "zip bomb: entries inflate to more than " + MAX_RATIO
                    + " times their compressed size");
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new IngestException(ProblemKind.TIMEOUT, "interrupted while unpacking the OFD");
        }
    }

    /**
     * The path inside {@code root} for an entry name, after checking the name: relative, {@code /}-separated,
     * no {@code ..}, no backslash, colon or control character. Empty and {@code .} segments are dropped.
     */
    static Path safeTarget(Path root, String name) throws IngestException {
        if (name.isEmpty() || name.startsWith("/") || name.indexOf('\\') >= 0 || name.indexOf(':') >= 0
                || name.chars().anyMatch(c -> Controls.isControl(c) || Controls.isBidiFormat(c))) {
            throw unsafe(name);
        }
        Path target = root;
        for (String segment : name.split("/")) {
            if (segment.equals("..")) {
                throw unsafe(name);
            }
            if (!segment.isEmpty() && !segment.equals(".")) {
                target = target.resolve(segment);
            }
        }
        // the checks above already keep the path inside; this catches anything the file system reads otherwise
        if (target.equals(root) || !target.normalize().startsWith(root)) {
            throw unsafe(name);
        }
        return target;
    }

    private static IngestException unsafe(String name) {
        return new IngestException(ProblemKind.CORRUPT, "unsafe entry name in the OFD archive: " + quote(name));
    }

    /** The name in quotes, control characters escaped and cut at 80 characters, safe for a one-line message. */
    private static String quote(String name) {
        StringBuilder sb = new StringBuilder("\"");
        name.codePoints().limit(80).forEach(c -> {
            if (Controls.isControl(c) || Controls.isBidiFormat(c)) {
                sb.append(String.format(Locale.ROOT, "\\u%04x", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.append(name.codePointCount(0, name.length()) > 80 ? "…\"" : "\"").toString();
    }

    private static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }

    /** Removes {@code dir} after a failure, recording a removal failure on the failure instead of hiding it. */
    private static void deleteQuietlyInto(Path dir, Throwable failure) {
        try {
            deleteRecursively(dir);
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    /** Deletes a folder tree bottom-up without following links. */
    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
