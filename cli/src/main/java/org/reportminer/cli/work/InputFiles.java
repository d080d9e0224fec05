package org.reportminer.cli.work;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.reportminer.corpus.ingest.Ingester;

/**
 * Expands the PATH arguments of a command into files: folders are walked recursively (hidden entries and sidecar
 * {@code *.meta.json} files skipped), files named explicitly are kept even when their type is unsupported so that
 * the user gets an error for them rather than silence.
 */
public final class InputFiles {
    private InputFiles() {
    }

    /**
     * @param paths the arguments, already resolved against the working directory
     * @return files in a stable order, each once; a folder contributes only the types reportminer reads
     * @throws IllegalArgumentException naming a path that does not exist
     */
    public static List<Path> expand(List<Path> paths) {
        Set<Path> out = new LinkedHashSet<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new IllegalArgumentException(p + ": no such file or folder");
            }
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> !hidden(p, f))
                            .filter(f -> Ingester.supports(f) && !Ingester.isSidecar(f))
                            .sorted()
                            .forEach(f -> out.add(f.normalize()));
                } catch (IOException e) {
                    throw new UncheckedIOException(p + ": cannot list folder: " + e.getMessage(), e);
                }
            } else {
                out.add(p.normalize());
            }
        }
        return new ArrayList<>(out);
    }

    private static boolean hidden(Path root, Path f) {
        for (Path part : root.relativize(f)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
