package org.reportminer.corpus.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that readers see either the old or the new content, never a part: write a temporary file in
 * the same directory, force it to disk, rename it over the target atomically, then force the directory.
 * Temporary files are named {@code .NAME.RANDOM.tmp}; readers ignore them and writers sweep them up.
 */
final class AtomicFiles {

    static final String TEMP_SUFFIX = ".tmp";

    /** Called between writing the temporary file and renaming it; tests use it to simulate a crash. */
    interface BeforeMove {
        void run(Path temp, Path target) throws IOException;
    }

    private final BeforeMove beforeMove;

    AtomicFiles() {
        this((temp, target) -> { });
    }

    AtomicFiles(BeforeMove beforeMove) {
        this.beforeMove = beforeMove;
    }

    void write(Path target, byte[] content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", TEMP_SUFFIX);
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(content);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            beforeMove.run(temp, target);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("file system of " + dir + " cannot rename atomically; the store needs it", e);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        forceDirectory(dir);
    }

    /** Deletes {@code file} and forces its directory, so the deletion survives a crash. */
    void delete(Path file) throws IOException {
        if (Files.deleteIfExists(file)) {
            forceDirectory(file.toAbsolutePath().getParent());
        }
    }

    static boolean isTemp(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") && name.endsWith(TEMP_SUFFIX);
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
