package org.reportminer.corpus.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.reportminer.corpus.text.Layout;
import org.reportminer.corpus.text.Punctuation;

/**
 * Cleans text as extracted from a report file into one paragraph per line, keeping an {@link
 * org.reportminer.corpus.model.OffsetMap} back to the extracted text.
 *
 * <p>Every step only deletes characters or replaces one character by one, so the map stays a step function:
 * <ol>
 *   <li>line ends: CRLF and CR become LF; zero-width characters and the BOM are deleted; no-break, ideographic and
 *       other spaces become a plain space; full-width digits and Latin letters fold to ASCII (full-width
 *       punctuation such as {@code ，。：（）} stays);</li>
 *   <li>scraping markers such as {@code ##paidbegin##} are deleted, so the words around them join up;</li>
 *   <li>lines are trimmed; blank lines, web-page clutter (toolbars, breadcrumbs, source/time lines), a wiki licence
 *       trailer, page numbers and running headers/footers are dropped;</li>
 *   <li>in a hard-wrapped layout (most lines of one full width, as PDF text comes out) a full line that does not end
 *       a sentence is joined with the next line unless that line starts a heading ({@code 一、} {@code （一）}
 *       {@code 1.} {@code ①} {@code 第一，});</li>
 *   <li>spaces between Han characters, and between Han and digits/Latin/masks, are deleted
 *       ({@code 2023 年} → {@code 2023年}).</li>
 * </ol>
 * Masks ({@code *}, {@code **}, {@code ****年}, {@code XX}) are never changed.
 *
 * <p>A form feed {@code \f} in the input marks a page break (the extractors emit one after each PDF/OFD page);
 * lone numbers and repeated short lines next to page breaks are removed as page numbers and running
 * headers/footers. Stateless and thread-safe.
 */
public final class TextNormalizer {

    /** A line this short (in display columns) never counts towards the full width of a wrapped layout. */
    private static final int MIN_FULL_WIDTH = 30;
    /** Fraction of the layout's full width from which on a line counts as full. */
    private static final double FULL_FRACTION = 0.88;
    /** Share of full lines from which a text counts as hard-wrapped. */
    private static final double WRAPPED_SHARE = 0.5;
    /** Running headers and footers are at most this long. */
    private static final int MAX_RUNNING_LINE = 40;

    /** Normalises {@code extracted}; never null, possibly empty. */
    public NormalizedText normalize(String extracted) {
        MappedText text = MappedText.of(extracted);
        text = foldCharacters(text);
        text = deleteMarkers(text);
        text = rebuildLines(text, extracted);
        text = deleteSpacesAroundHan(text);
        return new NormalizedText(text.text(), text.offsetMap());
    }

    // ---- step 1: characters ----

    private static MappedText foldCharacters(MappedText in) {
        MappedText.Builder out = in.builder();
        int n = in.length();
        for (int i = 0; i < n; i++) {
            char c = in.charAt(i);
            if (c == '\r') {
                if (i + 1 < n && in.charAt(i + 1) == '\n') {
                    continue;
                }
                out.put('\n', i);
            } else if (c == '\n' || c == '\f') {
                out.keep(i);
            } else if (c == '\u000B' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                out.put('\n', i);
            } else if (isInvisible(c)) {
                continue;
            } else if (c == '\t' || c == '\u00A0' || c == Punctuation.IDEOGRAPHIC_SPACE
                    || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F') {
                out.put(' ', i);
            } else if (c < 0x20 || (c >= 0x7F && c < 0xA0)) {
                continue;
            } else if (Punctuation.isFullWidthLetterOrDigit(c)) {
                out.put(Punctuation.toHalfWidth(c), i);
            } else {
                out.keep(i);
            }
        }
        return out.build();
    }

    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }

    // ---- step 2: scraping markers ----

    private static MappedText deleteMarkers(MappedText in) {
        Matcher m = IngestPatterns.SCRAPING_MARKER.matcher(in.text());
        if (!m.find()) {
            return in;
        }
        MappedText.Builder out = in.builder();
        int from = 0;
        do {
            out.keep(from, m.start());
            from = m.end();
        } while (m.find());
        out.keep(from, in.length());
        return out.build();
    }

    // ---- step 3: lines ----

    /** One line of the text: trimmed content {@code [start, end)}, the page it is on, and its fate. */
    private static final class Line {
        final int start;
        final int end;
        final int newline;
        final String content;
        final int page;
        int layoutWidth;
        boolean dropped;
        boolean joinNext;

        Line(int start, int end, int newline, String content, int page) {
            this.start = start;
            this.end = end;
            this.newline = newline;
            this.content = content;
            this.page = page;
        }

        boolean blank() {
            return content.isEmpty();
        }
    }

    private static MappedText rebuildLines(MappedText in, String original) {
        List<Line> lines = splitLines(in);
        for (Line l : lines) {
            l.layoutWidth = l.blank() ? 0 : layoutWidth(original, in.origin(l.start));
        }
        dropClutter(lines);
        dropLicenceTrailer(lines);
        dropPageFurniture(lines);
        markWrappedJoins(lines);
        MappedText.Builder out = in.builder();
        Line pending = null;
        for (Line line : lines) {
            if (line.dropped || line.blank()) {
                continue;
            }
            if (pending != null) {
                if (pending.joinNext) {
                    if (isAsciiWordChar(in.charAt(pending.end - 1)) && isAsciiWordChar(in.charAt(line.start))) {
                        out.put(' ', pending.newline);
                    }
                } else {
                    out.put('\n', pending.newline);
                }
            }
            out.keep(line.start, line.end);
            pending = line;
        }
        return out.build();
    }

    /**
     * The display width of the extracted line holding original offset {@code offset}, as it was laid out: deleted
     * markers still took room on the page.
     */
    private static int layoutWidth(String original, int offset) {
        int from = offset;
        while (from > 0 && "\n\r\f".indexOf(original.charAt(from - 1)) < 0) {
            from--;
        }
        int to = offset;
        while (to < original.length() && "\n\r\f".indexOf(original.charAt(to)) < 0) {
            to++;
        }
        return displayWidth(original.substring(from, to).strip());
    }

    private static List<Line> splitLines(MappedText in) {
        List<Line> lines = new ArrayList<>();
        String s = in.text();
        int page = 0;
        int from = 0;
        int n = s.length();
        while (from <= n) {
            int to = from;
            while (to < n && s.charAt(to) != '\n' && s.charAt(to) != '\f') {
                to++;
            }
            int a = from;
            int b = to;
            while (a < b && s.charAt(a) == ' ') {
                a++;
            }
            while (b > a && s.charAt(b - 1) == ' ') {
                b--;
            }
            lines.add(new Line(a, b, to < n ? to : -1, s.substring(a, b), page));
            if (to < n && s.charAt(to) == '\f') {
                page++;
            }
            from = to + 1;
        }
        // a line's newline index must be usable as a separator; the last line has none
        return lines;
    }

    private static void dropClutter(List<Line> lines) {
        int n = lines.size();
        boolean[] strong = new boolean[n];
        for (int i = 0; i < n; i++) {
            Line l = lines.get(i);
            strong[i] = !l.blank() && IngestPatterns.CLUTTER_LINE.matcher(l.content).matches();
        }
        // weak fragments count as clutter when a neighbouring non-blank line is clutter; repeat to spread
        // through runs like 【字体： 大 中 小 】
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < n; i++) {
                if (strong[i] || lines.get(i).blank()) {
                    continue;
                }
                String c = lines.get(i).content;
                int prev = neighbour(lines, i, -1);
                int next = neighbour(lines, i, 1);
                boolean prevClutter = prev >= 0 && strong[prev];
                boolean nextClutter = next >= 0 && strong[next];
                boolean clutter = false;
                if (IngestPatterns.WEAK_CLUTTER_LINE.matcher(c).matches() && (prevClutter || nextClutter)) {
                    clutter = true;
                } else if (prev >= 0 && strong[prev] && isShortLabel(c)
                        && (IngestPatterns.BREADCRUMB_SEPARATOR.matcher(lines.get(prev).content).matches()
                        || c.equals(lines.get(prev).content)
                        || (nextClutter && IngestPatterns.ENDS_WITH_COLON.matcher(lines.get(prev).content).find()))) {
                    // a breadcrumb item after ">", a repeated channel name, or the value of "来源：" between clutter
                    clutter = true;
                }
                if (clutter) {
                    strong[i] = true;
                    changed = true;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (strong[i]) {
                lines.get(i).dropped = true;
            }
        }
    }

    private static boolean isShortLabel(String c) {
        return c.length() <= 12 && !IngestPatterns.SENTENCE_PUNCTUATION.matcher(c).find();
    }

    private static int neighbour(List<Line> lines, int i, int step) {
        for (int j = i + step; j >= 0 && j < lines.size(); j += step) {
            if (!lines.get(j).blank()) {
                return j;
            }
        }
        return -1;
    }

    private static void dropLicenceTrailer(List<Line> lines) {
        int last = neighbour(lines, lines.size(), -1);
        if (last < 0) {
            return;
        }
        int seen = 0;
        for (int i = last; i >= 0 && seen < 40; i--) {
            Line l = lines.get(i);
            if (l.blank()) {
                continue;
            }
            seen++;
            if (IngestPatterns.LICENCE_TRAILER_START.matcher(l.content).matches()) {
                boolean evidence = false;
                for (int j = i; j <= last; j++) {
                    evidence |= IngestPatterns.LICENCE_TRAILER_EVIDENCE.matcher(lines.get(j).content).find();
                }
                if (evidence) {
                    for (int j = i; j < lines.size(); j++) {
                        lines.get(j).dropped = true;
                    }
                }
                return;
            }
        }
    }

    private static void dropPageFurniture(List<Line> lines) {
        int pages = lines.get(lines.size() - 1).page + 1;
        Map<String, List<Line>> edgeLines = new HashMap<>();
        Map<String, Integer> allCounts = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.blank() || l.dropped) {
                continue;
            }
            if (IngestPatterns.PAGE_NUMBER.matcher(l.content).matches()) {
                l.dropped = true;
                continue;
            }
            if (pages < 2) {
                continue;
            }
            boolean edge = isPageEdge(lines, i);
            if (edge && IngestPatterns.LONE_NUMBER.matcher(l.content).matches()) {
                l.dropped = true;
                continue;
            }
            if (l.content.length() <= MAX_RUNNING_LINE && !endsSentence(l.content)) {
                String key = IngestPatterns.DIGITS.matcher(l.content).replaceAll("#");
                allCounts.merge(key, 1, Integer::sum);
                if (edge) {
                    edgeLines.computeIfAbsent(key, k -> new ArrayList<>()).add(l);
                }
            }
        }
        int needed = Math.max(2, (pages + 1) / 2);
        for (Map.Entry<String, List<Line>> e : edgeLines.entrySet()) {
            List<Line> at = e.getValue();
            long distinctPages = at.stream().mapToInt(l -> l.page).distinct().count();
            // every occurrence sits at a page edge, on at least half of the pages
            if (distinctPages >= needed && at.size() == allCounts.get(e.getKey())) {
                at.forEach(l -> l.dropped = true);
            }
        }
    }

    /** Whether line {@code i} is among the first or last two content lines of its page. */
    private static boolean isPageEdge(List<Line> lines, int i) {
        int page = lines.get(i).page;
        int before = 0;
        for (int j = i - 1; j >= 0 && lines.get(j).page == page; j--) {
            if (!lines.get(j).blank()) {
                before++;
            }
        }
        int after = 0;
        for (int j = i + 1; j < lines.size() && lines.get(j).page == page; j++) {
            if (!lines.get(j).blank()) {
                after++;
            }
        }
        return before < 2 || after < 2;
    }

    /**
     * In a hard-wrapped layout, marks which lines run on into the next. A full line runs on unless the next line
     * starts a numbered heading or a label ({@code 整改情况：}); after a full line that ends a sentence, a next line
     * that opens with a run-in lead ({@code 深化认识、提高站位，}) or is itself a short unpunctuated heading starts a
     * new paragraph too, and such a line must reach within one Han character of the margin. A sentence end alone
     * does not end a paragraph: wraps fall after {@code 。} more often than paragraphs end at the margin.
     */
    private static void markWrappedJoins(List<Line> lines) {
        List<Line> kept = new ArrayList<>();
        for (Line l : lines) {
            if (!l.dropped && !l.blank()) {
                kept.add(l);
            }
        }
        if (kept.size() < 8) {
            return;
        }
        int[] sorted = kept.stream().mapToInt(l -> l.layoutWidth).sorted().toArray();
        int p90 = sorted[(int) (sorted.length * 0.9)];
        if (p90 < MIN_FULL_WIDTH) {
            return;
        }
        int fullFrom = (int) Math.ceil(p90 * FULL_FRACTION);
        long full = kept.stream().filter(l -> l.layoutWidth >= fullFrom && l.layoutWidth <= p90 + 4).count();
        if (full < kept.size() * WRAPPED_SHARE) {
            return;
        }
        for (int i = 0; i + 1 < kept.size(); i++) {
            Line l = kept.get(i);
            Line next = kept.get(i + 1);
            boolean sentenceEnds = endsSentence(l.content);
            // after a sentence end, only a line within one Han character of the margin was wrapped: had the next
            // character fitted, it would stand on this line
            int needed = sentenceEnds ? p90 - 2 : fullFrom;
            if (l.layoutWidth < needed || IngestPatterns.HEADING_START.matcher(next.content).lookingAt()
                    || IngestPatterns.LABEL_START.matcher(next.content).lookingAt()) {
                continue;
            }
            if (sentenceEnds && (IngestPatterns.RUN_IN_LEAD.matcher(next.content).lookingAt()
                    || (next.layoutWidth < fullFrom && !endsSentence(next.content)))) {
                continue;
            }
            l.joinNext = true;
        }
    }

    /** Whether a line ends a sentence (or a colon's lead-in, or trails off): its last mark before any closers. */
    private static boolean endsSentence(String line) {
        int i = line.length() - 1;
        while (i > 0 && Punctuation.isCloser(line.charAt(i))) {
            i--;
        }
        char c = line.charAt(i);
        return Punctuation.isSentenceEnd(c) || Punctuation.COLONS.indexOf(c) >= 0 || c == Punctuation.ELLIPSIS;
    }

    /** Display width in columns on the page: Han and other wide characters count two. */
    static int displayWidth(String s) {
        return Layout.typesetColumns(s);
    }

    private static boolean isAsciiWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    // ---- step 5: spaces ----

    private static MappedText deleteSpacesAroundHan(MappedText in) {
        String s = in.text();
        if (s.indexOf(' ') < 0) {
            return in;
        }
        MappedText.Builder out = in.builder();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c != ' ') {
                out.keep(i);
                i++;
                continue;
            }
            int j = i;
            while (j < n && s.charAt(j) == ' ') {
                j++;
            }
            boolean drop = i > 0 && j < n && spaceIsSpurious(s.charAt(i - 1), s.charAt(j));
            if (!drop) {
                out.keep(i, j);
            }
            i = j;
        }
        return out.build();
    }

    private static boolean spaceIsSpurious(char before, char after) {
        boolean cjkBefore = Layout.isSetSolid(before);
        boolean cjkAfter = Layout.isSetSolid(after);
        return (cjkBefore && (cjkAfter || isAsciiWordChar(after) || after == '*' || after == '%'))
                || (cjkAfter && (isAsciiWordChar(before) || before == '*' || before == '%'));
    }
}
