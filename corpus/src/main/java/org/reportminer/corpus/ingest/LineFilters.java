package org.reportminer.corpus.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The line steps of {@link TextNormalizer} that drop what is not report text: clutter, trailers, page furniture. */
final class LineFilters {

    /** Running headers and footers are at most this long. */
    private static final int MAX_RUNNING_LINE = 40;

    private LineFilters() {
    }

    /** Drops web-page clutter: toolbars, breadcrumbs, source/time lines and the fragments around them. */
    static void dropClutter(List<TextLine> lines) {
        int n = lines.size();
        boolean[] strong = new boolean[n];
        for (int i = 0; i < n; i++) {
            TextLine l = lines.get(i);
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

    private static int neighbour(List<TextLine> lines, int i, int step) {
        for (int j = i + step; j >= 0 && j < lines.size(); j += step) {
            if (!lines.get(j).blank()) {
                return j;
            }
        }
        return -1;
    }

    /** Drops a wiki licence trailer at the end of the text, when the trailer's own wording confirms it. */
    static void dropLicenceTrailer(List<TextLine> lines) {
        int last = neighbour(lines, lines.size(), -1);
        if (last < 0) {
            return;
        }
        int seen = 0;
        for (int i = last; i >= 0 && seen < 40; i--) {
            TextLine l = lines.get(i);
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

    /** Drops page numbers and running headers/footers: short lines repeated at the page edges. */
    static void dropPageFurniture(List<TextLine> lines) {
        int pages = lines.get(lines.size() - 1).page + 1;
        Map<String, List<TextLine>> edgeLines = new HashMap<>();
        Map<String, Integer> allCounts = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            TextLine l = lines.get(i);
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
            if (l.content.length() <= MAX_RUNNING_LINE && !TextLine.endsSentence(l.content)) {
                String key = IngestPatterns.DIGITS.matcher(l.content).replaceAll("#");
                allCounts.merge(key, 1, Integer::sum);
                if (edge) {
                    edgeLines.computeIfAbsent(key, k -> new ArrayList<>()).add(l);
                }
            }
        }
        int needed = Math.max(2, (pages + 1) / 2);
        for (Map.Entry<String, List<TextLine>> e : edgeLines.entrySet()) {
            List<TextLine> at = e.getValue();
            long distinctPages = at.stream().mapToInt(l -> l.page).distinct().count();
            // every occurrence sits at a page edge, on at least half of the pages
            if (distinctPages >= needed && at.size() == allCounts.get(e.getKey())) {
                at.forEach(l -> l.dropped = true);
            }
        }
    }

    /** Whether line {@code i} is among the first or last two content lines of its page. */
    private static boolean isPageEdge(List<TextLine> lines, int i) {
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
}
