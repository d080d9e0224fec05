package org.reportminer.cli.app;

import java.nio.file.Path;
import java.util.List;

/**
 * Reports to extract: files, folders or stored report ids.
 *
 * @param inputs files or folders (read and extracted on the spot), or ids, id prefixes or source paths of stored
 *               reports; relative paths resolve against {@code base}
 * @param base   the folder relative paths resolve against
 * @param store  the store to look ids up in; it need not exist when every input is a file
 */
public record ExtractRequest(List<String> inputs, Path base, Path store) {
    public ExtractRequest {
        inputs = List.copyOf(inputs);
    }
}
