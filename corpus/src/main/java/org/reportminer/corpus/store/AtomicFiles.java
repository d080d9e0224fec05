package org.reportminer.corpus.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.reportminer.corpus.io.AtomicWrite;

/**
 * The store's writer of whole files, through {@link AtomicWrite}, with a hook tests use to simulate a crash between
 * the temporary file and the rename. Temporary files are named {@code .NAME.RANDOM.tmp}; readers ignore them and
 * writers sweep them up.
 */
final class AtomicFiles {

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
        AtomicWrite.write(target, out -> out.write(content), beforeMove::run);
    }

    /** Deletes {@code file} and forces its directory, so the deletion survives a crash. */
    void delete(Path file) throws IOException {
        AtomicWrite.delete(file);
    }

    /**
     * Moves {@code file} into {@code folder} (created if needed) under its own name, or with a time stamp added
     * when that name is taken, and forces both directories so the move survives a crash.
     *
     * @return where the file now is
     */
    Path moveAside(Path file, Path folder) throws IOException {
        Files.createDirectories(folder);
        String name = file.getFileName().toString();
        Path target = folder.resolve(name);
        if (Files.exists(target)) {
            int dot = name.lastIndexOf('.');
            String stamp = "." + System.currentTimeMillis();
            target = folder.resolve(dot > 0 ? name.substring(0, dot) + stamp + name.substring(dot) : name + stamp);
        }
        Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        forceDirectory(folder);
        forceDirectory(file.toAbsolutePath().getParent());
        return target;
    }

    private static void forceDirectory(Path dir) {
        // as AtomicWrite does: fsync of a directory works on Linux and macOS; elsewhere only durability is lost
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // see above
        }
    }

    static boolean isTemp(Path file) {
        return AtomicWrite.isTemp(file);
    }
}
