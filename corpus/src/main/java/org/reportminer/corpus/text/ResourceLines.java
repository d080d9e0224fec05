package org.reportminer.corpus.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The kept lines of an editable list: a UTF-8 resource bundled in a jar or a user's file, one entry a line, where
 * {@code #} starts a comment line, blank lines are ignored and each line is stripped (a leading byte-order mark too,
 * as Windows editors write one). The one loader of every such list; each line keeps its number, so errors name the
 * source and the line ({@code report-kinds.tsv:12: expected …}). Immutable.
 *
 * <p>Two shapes on top of plain lines: {@link #keyed()} reads {@code key: value, value} lines, and {@link #section}
 * picks the lines under a {@code [name]} header, for a file that feeds several readers.
 *
 * @param source names the list in messages: the resource name or the file path
 * @param lines  the kept lines, in file order
 */
public record ResourceLines(String source, List<Line> lines) {

    /** One kept line: its 1-based number in the source and its stripped text. */
    public record Line(int number, String text) {
    }

    public ResourceLines {
        lines = List.copyOf(lines);
    }

    /**
     * The list bundled as resource {@code name} next to {@code anchor}.
     *
     * @throws UncheckedIOException the resource is missing from the jar or cannot be read; it is ours, so that is a
     *                              packaging bug, not the user's
     */
    public static ResourceLines bundled(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException(
                        "resource " + name + " is missing; it should always be present next to " + anchor.getName()));
            }
            return read(name, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * The list in a user's file.
     *
     * @throws UncheckedIOException with a one-line message naming the file and the reason: it cannot be read, or it
     *                              is not UTF-8
     */
    public static ResourceLines file(Path path) {
        try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return read(path.toString(), r);
        } catch (CharacterCodingException e) {
            // the decoder's own message is only "Input length = 1"
            throw new UncheckedIOException(path + ": not UTF-8 text; save the file as UTF-8", e);
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** The list in lines already read, numbered from 1, e.g. for tests and embedding. */
    public static ResourceLines of(String source, List<String> rawLines) {
        List<Line> kept = new ArrayList<>();
        for (int i = 0; i < rawLines.size(); i++) {
            keep(rawLines.get(i), i + 1, kept);
        }
        return new ResourceLines(source, kept);
    }

    private static ResourceLines read(String source, BufferedReader r) throws IOException {
        List<Line> kept = new ArrayList<>();
        String raw;
        int no = 0;
        while ((raw = r.readLine()) != null) {
            keep(raw, ++no, kept);
        }
        return new ResourceLines(source, kept);
    }

    private static void keep(String raw, int number, List<Line> kept) {
        String t = raw.strip();
        if (number == 1 && t.startsWith("\uFEFF")) {
            t = t.substring(1).strip();
        }
        if (!t.isEmpty() && !t.startsWith("#")) {
            kept.add(new Line(number, t));
        }
    }

    /** The kept lines' texts, in order. */
    public List<String> texts() {
        return lines.stream().map(Line::text).toList();
    }

    /** An error about {@code line}, as {@code source:number: reason}. */
    public IllegalArgumentException error(Line line, String reason) {
        return new IllegalArgumentException(source + ":" + line.number() + ": " + reason);
    }

    /**
     * The lines under the header {@code [name]}, up to the next header, keeping their line numbers; none when the
     * header is absent. Lines before the first header belong to no section.
     */
    public ResourceLines section(String name) {
        String header = "[" + name + "]";
        List<Line> out = new ArrayList<>();
        boolean in = false;
        for (Line l : lines) {
            if (isHeader(l.text())) {
                in = l.text().equals(header);
            } else if (in) {
                out.add(l);
            }
        }
        return new ResourceLines(source, out);
    }

    private static boolean isHeader(String text) {
        return text.length() > 2 && text.charAt(0) == '[' && text.charAt(text.length() - 1) == ']';
    }

    /**
     * Parses {@code key: v1, v2} lines (full-width colon and commas accepted) into an insertion-ordered map.
     *
     * @throws IllegalArgumentException naming the source and line when a line has no key or repeats one
     */
    public Map<String, List<String>> keyed() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Line line : lines) {
            String text = line.text();
            int colon = indexOfColon(text);
            if (colon <= 0) {
                throw error(line, "expected 'key: value, value' but got '" + text + "'");
            }
            String key = text.substring(0, colon).strip();
            if (out.containsKey(key)) {
                throw error(line, "key '" + key + "' appears twice");
            }
            List<String> values = new ArrayList<>();
            for (String v : text.substring(colon + 1).split("[" + Punctuation.COMMAS + "]")) {
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
