package org.reportminer.corpus.store;

import java.io.IOException;
import java.nio.file.Path;
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

    static boolean isTemp(Path file) {
        return AtomicWrite.isTemp(file);
    }
}
