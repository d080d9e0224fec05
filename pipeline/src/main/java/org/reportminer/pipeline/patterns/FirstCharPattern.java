package org.reportminer.pipeline.patterns;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern with the set of characters its matches can start with, so that a search tries the pattern only there.
 *
 * <p>Why: {@link Matcher#find()} attempts a pattern that opens with a group or an alternation at every position of
 * the text, and on a long report most of extraction's regex time went to those attempts at characters no match can
 * start with (numbers are a few per cent of a report). {@link Finder#find()} returns exactly the matches
 * {@code find()} returns, in the same order: it scans for a possible first character, then anchors the pattern there
 * with transparent bounds, so lookbehinds still see the text before the candidate. {@code FirstCharPatternTest}
 * checks that equivalence for every declared pattern on the real reports and on random text; a first-character set
 * that misses a real start fails it.
 */
public final class FirstCharPattern {

    private final Pattern pattern;
    private final BitSet firsts = new BitSet(Character.MAX_VALUE + 1);

    private FirstCharPattern(Pattern pattern, String firstChars) {
        this.pattern = pattern;
        firstChars.chars().forEach(firsts::set);
    }

    /**
     * {@code pattern}, whose every match starts with one of {@code firstChars}. The pattern must not match the empty
     * string (an empty match starts with no character).
     */
    public static FirstCharPattern of(Pattern pattern, String firstChars) {
        if (pattern.matcher("").lookingAt()) {
            throw new IllegalArgumentException("pattern matches the empty string: " + pattern);
        }
        return new FirstCharPattern(pattern, firstChars);
    }

    /** The pattern itself. */
    public Pattern pattern() {
        return pattern;
    }

    /** A search over {@code text}. Not thread-safe, like a {@link Matcher}. */
    public Finder finder(String text) {
        return new Finder(text);
    }

    /** Successive matches in {@code text}, as {@link Matcher#find()} gives them. */
    public final class Finder {
        private final String text;
        private final Matcher matcher;
        private int from;

        private Finder(String text) {
            this.text = text;
            this.matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        }

        /** Moves to the next match; false when there is none. */
        public boolean find() {
            int n = text.length();
            for (int i = from; i < n; i++) {
                if (firsts.get(text.charAt(i))) {
                    matcher.region(i, n);
                    if (matcher.lookingAt()) {
                        from = matcher.end();
                        return true;
                    }
                }
            }
            from = n;
            return false;
        }

        /** The matcher holding the current match's groups. */
        public Matcher matcher() {
            return matcher;
        }
    }
}
