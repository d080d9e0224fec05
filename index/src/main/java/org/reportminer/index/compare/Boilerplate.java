package org.reportminer.index.compare;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Boilerplate sentence openings (one regular expression per line of {@code boilerplate.txt} or a user file), whose
 * sentences the reuse detector discounts. Immutable and thread-safe.
 */
final class Boilerplate {

    /** All openings as one alternation (one regex run per sentence), or {@code null} when there are none. */
    private final Pattern openings;

    /**
     * @param source names the list in the error for a bad line
     * @throws IllegalArgumentException a line is not a valid regular expression (message names the source and line)
     */
    Boilerplate(List<String> patterns, String source) {
        StringBuilder all = new StringBuilder();
        for (String p : patterns) {
            try {
                Pattern.compile(p); // report a bad line by itself
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(source + ": bad pattern '" + p + "': " + e.getDescription(), e);
            }
            all.append(all.length() == 0 ? "" : "|").append("(?:").append(p).append(')');
        }
        this.openings = all.length() == 0 ? null : Pattern.compile(all.toString());
    }

    /** Whether the squeezed sentence starts with a boilerplate opening. */
    boolean opens(String squeezed) {
        return openings != null && openings.matcher(squeezed).lookingAt();
    }
}
