package org.reportminer.cli.web.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A text with marks placed by offsets, as a tree the report template walks: findings hold measures, measures hold
 * counts. Marks are nested by their spans; one that crosses the end of its enclosing mark is cut there, so the tree
 * is always well formed and every character of the text appears exactly once, in order.
 */
public final class Markup {
    private Markup() {
    }

    /** A node of the tree. */
    public sealed interface Node permits Text, Mark {
    }

    /** Plain text. */
    public record Text(String text) implements Node {
    }

    /**
     * A marked stretch of text.
     *
     * @param css      the CSS classes
     * @param title    the hover text, or {@code null}
     * @param id       the element id (an anchor), or {@code null}
     * @param children the text and marks inside
     */
    public record Mark(String css, String title, String id, List<Node> children) implements Node {
        public Mark {
            children = List.copyOf(children);
        }
    }

    /**
     * A mark to place.
     *
     * @param start    start offset (UTF-16) into the text
     * @param end      end offset, exclusive; equal to start for an anchor
     * @param priority which of two marks with the same span encloses the other (lower encloses)
     */
    public record Span(int start, int end, int priority, String css, String title, String id) {
    }

    /** {@code text} with {@code spans} placed, as the children of one root mark. */
    public static List<Node> build(String text, List<Span> spans) {
        List<Span> sorted = spans.stream()
                .filter(s -> s.start() >= 0 && s.start() <= text.length() && s.end() >= s.start())
                .sorted(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed())
                        .thenComparingInt(Span::priority))
                .toList();
        Open root = new Open(null, 0, text.length());
        List<Open> stack = new ArrayList<>();
        stack.add(root);
        for (Span s : sorted) {
            while (stack.size() > 1 && top(stack).end <= s.start()) {
                close(stack, text);
            }
            Open parent = top(stack);
            parent.flush(text, s.start());
            // a mark that starts inside an earlier sibling it crosses begins where that sibling ended
            int start = Math.max(s.start(), parent.cursor);
            stack.add(new Open(s, start, Math.max(start, Math.min(s.end(), parent.end))));
        }
        while (stack.size() > 1) {
            close(stack, text);
        }
        root.flush(text, text.length());
        return root.children;
    }

    private static Open top(List<Open> stack) {
        return stack.get(stack.size() - 1);
    }

    private static void close(List<Open> stack, String text) {
        Open done = stack.remove(stack.size() - 1);
        done.flush(text, done.end);
        Open parent = top(stack);
        parent.children.add(new Mark(done.span.css(), done.span.title(), done.span.id(), done.children));
        parent.cursor = Math.max(parent.cursor, done.end);
    }

    /** A mark being filled. */
    private static final class Open {
        final Span span;
        final int start;
        final int end;
        final List<Node> children = new ArrayList<>();
        int cursor;

        Open(Span span, int start, int end) {
            this.span = span;
            this.start = start;
            this.end = end;
            this.cursor = start;
        }

        void flush(String text, int upTo) {
            int to = Math.min(upTo, end);
            if (to > cursor) {
                children.add(new Text(text.substring(cursor, to)));
                cursor = to;
            }
        }
    }
}
