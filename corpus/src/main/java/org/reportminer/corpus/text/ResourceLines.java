package org.reportminer.corpus.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads editable text resources and user files: UTF-8, {@code #} comments, blank lines ignored, and the
 * {@code key: value, value} form. Errors name the resource and the line.
 */
public final class ResourceLines {

    private ResourceLines() {
    }

    /** The non-comment lines of a bundled resource next to {@code anchor}; throws if it is missing. */
    public static List<String> bundled(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException(
                        "resource " + name + " should always be present next to " + anchor.getName()));
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }

    /** The non-comment lines of a user-edited file. */
    public static List<String> file(Path path) {
        try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return read(r);
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static List<String> read(BufferedReader r) throws IOException {
        List<String> out = new ArrayList<>();
        String line;
        while ((line = r.readLine()) != null) {
            String t = line.strip();
            if (t.startsWith("\uFEFF")) {
                t = t.substring(1).strip();
            }
            if (!t.isEmpty() && !t.startsWith("#")) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * Parses {@code key: v1, v2} lines (full-width colon and commas accepted) into an insertion-ordered map.
     *
     * @param source names the resource in error messages
     * @throws IllegalArgumentException naming the source and line when a line has no key or repeats one
     */
    public static Map<String, List<String>> keyed(List<String> lines, String source) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String line : lines) {
            int colon = indexOfColon(line);
            if (colon <= 0) {
                throw new IllegalArgumentException(source + ": expected 'key: value, value' but got '" + line + "'");
            }
            String key = line.substring(0, colon).strip();
            if (out.containsKey(key)) {
                throw new IllegalArgumentException(source + ": key '" + key + "' appears twice");
            }
            List<String> values = new ArrayList<>();
            for (String v : line.substring(colon + 1).split("[,，]")) {
                String s = v.strip();
                if (!s.isEmpty()) {
                    values.add(s);
                }
            }
            out.put(key, List.copyOf(values));
        }
        return out;
    }

    private static int indexOfColon(String line) {
        int a = line.indexOf(':');
        int b = line.indexOf('：');
        if (a < 0) {
            return b;
        }
        return b < 0 ? a : Math.min(a, b);
    }
}
