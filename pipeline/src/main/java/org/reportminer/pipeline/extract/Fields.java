package org.reportminer.pipeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.reportminer.pipeline.structure.Line;
import org.reportminer.pipeline.structure.Lines;

/**
 * Reads the labelled fields of a problem: {@code 整改时限：2024年底前} on one line, or the key alone on its line and the
 * value on the lines after it up to the next key ({@code 整改时限} / {@code 2024年底前}), as a two-column table reads
 * when flattened. Stateless.
 */
final class Fields {

    /**
     * One field.
     *
     * @param role       what it holds
     * @param key        the key as written
     * @param line       the index of the key's line
     * @param valueStart where the value starts (after the colon, or the next line's start for a key alone)
     * @param valueEnd   where the value ends (its line end, or the end of the last line before the next key)
     */
    record Field(FieldRole role, String key, int line, int valueStart, int valueEnd) {

        /** The value's text. */
        String value(String text) {
            return text.substring(valueStart, valueEnd);
        }
    }

    private Fields() {
    }

    /** The key at the start of {@code s} (a line or a table cell), if it is one. */
    static Optional<Key> key(String s) {
        for (FieldRole role : FieldRole.values()) {
            Matcher m = role.key().matcher(s);
            if (m.lookingAt()) {
                return Optional.of(new Key(role, m.group(1), m.end(), m.end() >= s.strip().length()
                        || s.substring(m.end()).isBlank()));
            }
        }
        return Optional.empty();
    }

    /** A key found at a line start: its role, text, where it ends in the line, and whether it is alone. */
    record Key(FieldRole role, String key, int end, boolean alone) {
    }

    /**
     * The fields on the lines {@code lines[from, to)}. A key alone takes the lines after it up to the next key (or
     * {@code to}) as its value; a key with an empty value after the colon does too.
     */
    static List<Field> read(String text, List<Line> lines, int from, int to) {
        List<Field> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Line line = lines.get(i);
            Optional<Key> k = key(line.text());
            if (k.isEmpty()) {
                continue;
            }
            int s = line.start() + k.get().end();
            int e = line.end();
            while (s < e && Lines.isBlank(text.charAt(s))) {
                s++;
            }
            if (s >= e) {
                int j = i + 1;
                while (j < to && key(lines.get(j).text()).isEmpty()) {
                    j++;
                }
                if (j == i + 1) {
                    continue;
                }
                s = lines.get(i + 1).start();
                e = lines.get(j - 1).end();
            }
            out.add(new Field(k.get().role(), k.get().key(), i, s, e));
        }
        return out;
    }
}
