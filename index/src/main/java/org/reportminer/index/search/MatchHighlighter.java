package org.reportminer.index.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.reportminer.corpus.model.Span;

/**
 * Marks matched spans of a text with {@link HighlightTags}. Short texts are marked whole; long ones become a snippet
 * of up to {@value #MAX_PASSAGES} passages around the first matches, joined by {@code …}. Spans are UTF-16 offsets
 * into the text (as the index's offsets are); a passage never cuts a surrogate pair. Stateless.
 */
final class MatchHighlighter {

    /** Texts up to this length are returned whole. */
    static final int WHOLE_TEXT_MAX = 300;
    /** Characters of context kept on each side of a match in a snippet. */
    static final int CONTEXT = 50;
    /** Passages in a snippet. */
    static final int MAX_PASSAGES = 3;
    private static final String ELLIPSIS = "…";

    private MatchHighlighter() {
    }

    static String highlight(String text, List<Span> matches, HighlightTags tags) {
        List<Span> merged = merge(text, matches);
        if (text.length() <= WHOLE_TEXT_MAX) {
            return mark(text, 0, text.length(), merged, tags);
        }
        if (merged.isEmpty()) {
            int end = safeEnd(text, WHOLE_TEXT_MAX);
            return text.substring(0, end) + ELLIPSIS;
        }
        List<Span> windows = new ArrayList<>();
        for (Span m : merged) {
            int from = safeStart(text, Math.max(0, m.start() - CONTEXT));
            int to = safeEnd(text, Math.min(text.length(), m.end() + CONTEXT));
            Span last = windows.isEmpty() ? null : windows.get(windows.size() - 1);
            if (last != null && from <= last.end()) {
                windows.set(windows.size() - 1, new Span(last.start(), Math.max(last.end(), to)));
            } else if (windows.size() < MAX_PASSAGES) {
                windows.add(new Span(from, to));
            } else {
                break;
            }
        }
        StringBuilder sb = new StringBuilder();
        for (Span w : windows) {
            if (w.start() > 0 && (sb.length() == 0 || !sb.toString().endsWith(ELLIPSIS))) {
                sb.append(ELLIPSIS);
            }
            sb.append(mark(text, w.start(), w.end(), merged, tags).strip());
            if (w.end() < text.length()) {
                sb.append(ELLIPSIS);
            }
        }
        return sb.toString();
    }

    /** Sorted, clipped to the text, overlapping or touching spans joined. */
    static List<Span> merge(String text, List<Span> spans) {
        List<Span> sorted = spans.stream()
                .filter(s -> s.start() < text.length() && s.end() > s.start())
                .map(s -> new Span(s.start(), Math.min(s.end(), text.length())))
                .sorted(Comparator.comparingInt(Span::start).thenComparingInt(Span::end))
                .toList();
        List<Span> out = new ArrayList<>();
        for (Span s : sorted) {
            Span last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && s.start() <= last.end()) {
                out.set(out.size() - 1, new Span(last.start(), Math.max(last.end(), s.end())));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static String mark(String text, int from, int to, List<Span> merged, HighlightTags tags) {
        StringBuilder sb = new StringBuilder(to - from + 16);
        int at = from;
        for (Span m : merged) {
            int s = Math.max(m.start(), from);
            int e = Math.min(m.end(), to);
            if (e <= s) {
                continue;
            }
            sb.append(text, at, s).append(tags.pre()).append(text, s, e).append(tags.post());
            at = e;
        }
        sb.append(text, at, to);
        return sb.toString();
    }

    private static int safeStart(String text, int i) {
        return i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i)) ? i - 1 : i;
    }

    private static int safeEnd(String text, int i) {
        return i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i)) ? i + 1 : i;
    }
}
