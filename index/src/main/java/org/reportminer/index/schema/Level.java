package org.reportminer.index.schema;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What an index document stands for. Each report becomes one {@code REPORT} document plus one document per section,
 * finding, measure and count. {@link #id()} is the lower-case name used in the index, in queries
 * ({@code level:finding}) and in JSON output.
 */
public enum Level {
    REPORT, SECTION, FINDING, MEASURE, COUNT;

    private final String id = name().toLowerCase(Locale.ROOT);

    /** The lower-case name: {@code report}, {@code section}, {@code finding}, {@code measure} or {@code count}. */
    public String id() {
        return id;
    }

    /**
     * The level named {@code value}, ignoring case.
     *
     * @throws IllegalArgumentException naming the value and the allowed ones
     */
    public static Level parse(String value) {
        for (Level level : values()) {
            if (level.id.equalsIgnoreCase(value == null ? "" : value.trim())) {
                return level;
            }
        }
        throw new IllegalArgumentException("unknown level '" + value + "'; expected one of "
                + Arrays.stream(values()).map(Level::id).collect(Collectors.joining("|")));
    }

    /** The id, so that string conversion (and Jackson's {@code WRITE_ENUMS_USING_TO_STRING}) gives {@code finding}. */
    @Override
    public String toString() {
        return id;
    }
}
