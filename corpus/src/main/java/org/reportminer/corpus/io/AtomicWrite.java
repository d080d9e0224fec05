package org.reportminer.corpus.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The one home of atomic file writes (store entries, ledgers, HTML and JSON exports): write a temporary file
 * {@code .NAME.RANDOM.tmp} in the target's directory, force it to disk, rename it over the target atomically, then
 * force the directory. Readers see the old content or the new, never a part. The new file keeps the permissions of
 * the file it replaces, else gets {@code rw-r--r--} (a temporary file alone would be owner-only).
 */
public final class AtomicWrite {
    /** Suffix of temporary files; their names also start with a dot. */
    public static final String TEMP_SUFFIX = ".tmp";
    private static final Set<PosixFilePermission> DEFAULT_PERMISSIONS = PosixFilePermissions.fromString("rw-r--r--");

    /** Writes the content; the stream is closed by {@link AtomicWrite}. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Runs between the forced temporary file and the rename; tests use it to simulate a crash. */
    @FunctionalInterface
    public interface BeforeMove {
        void run(Path temp, Path target) throws IOException;
    }

    private AtomicWrite() {
    }

    /** Writes {@code text} as UTF-8 to {@code target} atomically. */
    public static void writeString(Path target, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        write(target, out -> out.write(bytes));
    }

    /** Writes what {@code body} produces to {@code target} atomically, creating missing parent directories. */
    public static void write(Path target, Body body) throws IOException {
        write(target, body, (temp, t) -> { });
    }

    /**
     * As {@link #write(Path, Body)}, calling {@code beforeMove} just before the rename.
     *
     * @throws IOException when writing fails or the file system cannot rename atomically; the temporary file is
     *                     removed and the target is untouched
     */
    public static void write(Path target, Body body, BeforeMove beforeMove) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", TEMP_SUFFIX);
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = Channels.newOutputStream(ch);
                body.writeTo(out);
                out.flush();
                ch.force(true);
            }
            keepPermissions(temp, target);
            beforeMove.run(temp, target);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("the file system of " + dir + " cannot rename atomically", e);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        forceDirectory(dir);
    }

    /** Whether {@code file} is a temporary file left by an interrupted write. */
    public static boolean isTemp(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") && name.endsWith(TEMP_SUFFIX);
    }

    /** Deletes {@code file} and forces its directory, so the deletion survives a crash. */
    public static void delete(Path file) throws IOException {
        if (Files.deleteIfExists(file)) {
            forceDirectory(file.toAbsolutePath().getParent());
        }
    }

    private static void keepPermissions(Path temp, Path target) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        view.setPermissions(Files.exists(target) ? Files.getPosixFilePermissions(target) : DEFAULT_PERMISSIONS);
    }

    private static void forceDirectory(Path dir) {
        // fsync of a directory works on Linux and macOS; elsewhere it may be refused, which costs only durability
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // best effort: the rename itself is already atomic
        }
    }
}
