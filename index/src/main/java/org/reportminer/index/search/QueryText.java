package org.reportminer.index.search;

/**
 * Checks on raw query text before it reaches the parser, and the bounded quoting of query text in messages.
 *
 * <p>The classic query parser descends one level of recursion per parenthesis, so 10,000 nested parentheses
 * overflow the stack; checking the nesting first turns that into a plain usage error. The length bound keeps both
 * parsing and the error messages small: a message quotes at most {@value #QUOTE_CHARS} characters of the query.
 */
final class QueryText {

    /** The most characters of a query a message quotes; an ellipsis marks a cut. */
    static final int QUOTE_CHARS = 80;

    private QueryText() {
    }

    /**
     * Refuses a query over {@link SearchQuery#MAX_QUERY_CHARS} characters or with parentheses nested deeper than
     * {@link SearchQuery#MAX_NESTING} levels.
     *
     * @throws QueryException with a one-line message quoting at most {@value #QUOTE_CHARS} characters
     */
    static void check(String text) throws QueryException {
        int chars = text.codePointCount(0, text.length());
        if (chars > SearchQuery.MAX_QUERY_CHARS) {
            throw new QueryException(bad(text, "it is " + chars + " characters long; at most "
                    + SearchQuery.MAX_QUERY_CHARS + " are allowed"));
        }
        int depth = nesting(text);
        if (depth > SearchQuery.MAX_NESTING) {
            throw new QueryException(bad(text, "parentheses are nested " + depth + " levels deep; at most "
                    + SearchQuery.MAX_NESTING + " are allowed"));
        }
    }

    /** The one-line message for a bad query: {@code bad query '…': reason}. */
    static String bad(String text, String reason) {
        return "bad query " + quote(text) + ": " + reason;
    }

    /**
     * {@code text} in single quotes, cut after {@value #QUOTE_CHARS} characters with {@code …}, and with control
     * characters shown as {@code \}{@code uXXXX} so that nothing in a query reaches the terminal raw.
     */
    static String quote(String text) {
        StringBuilder sb = new StringBuilder(QUOTE_CHARS + 8).append('\'');
        int i = 0;
        int shown = 0;
        while (i < text.length() && shown < QUOTE_CHARS) {
            int cp = text.codePointAt(i);
            if (Character.isISOControl(cp)) {
                sb.append(String.format("\\u%04X", cp));
            } else {
                sb.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
            shown++;
        }
        if (i < text.length()) {
            sb.append('…');
        }
        return sb.append('\'').toString();
    }

    /**
     * The deepest nesting of parentheses outside quoted phrases, as the classic parser would see it: a backslash
     * escapes the next character, and {@code "…"} is a phrase. Parentheses inside {@code /regexp/} count too; the
     * regular-expression parser recurses on them as well.
     */
    static int nesting(String text) {
        int depth = 0;
        int max = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
                max = Math.max(max, depth);
            } else if (!quoted && c == ')' && depth > 0) {
                depth--;
            }
        }
        return max;
    }
}
