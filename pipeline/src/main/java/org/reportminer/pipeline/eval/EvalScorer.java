package org.reportminer.pipeline.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.reportminer.corpus.model.Count;
import org.reportminer.corpus.model.Extraction;
import org.reportminer.corpus.model.Finding;
import org.reportminer.corpus.text.Punctuation;
import org.reportminer.corpus.text.Traditional;
import org.reportminer.pipeline.patterns.ChineseNumber;

/**
 * Compares one report's extraction with its gold. The rules, stated once:
 * <ul>
 *   <li>A gold finding is <em>found</em> when an extracted finding's text, whitespace ignored and the gold label
 *       taken off its front, starts with the gold's first characters. Each extracted finding matches at most one
 *       gold finding, in document order.</li>
 *   <li>A stated number is found when a count (or a 其中 part) lies inside an occurrence of its quote, with the same
 *       value once the unit's 万/亿 scale is applied ({@code 4.5亿吨} = 450000000 吨; money therefore compares in
 *       元) and the same unit (traditional forms folded, 項 = 项; a gold {@code 个市县} is unit 个 counting 市县). Without a
 *       quote, anywhere in the report.</li>
 *   <li>A fixed-term count is an extracted count overlapping an occurrence of a fixed term (十五五, 三会一课 …).</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class EvalScorer {

    /**
     * @param gold       the reader's annotation
     * @param text       the report text the extraction's offsets point into
     * @param extraction what the product extracted
     */
    public ReportScore score(GoldReport gold, String text, Extraction extraction) {
        List<String> misses = new ArrayList<>();
        int goldFindings = 0;
        int extracted = 0;
        int found = 0;
        int measuresAnnotated = 0;
        int measuresRight = 0;
        if (gold.findings() != null) {
            goldFindings = gold.findings().size();
            extracted = extraction.findings().size();
            boolean[] used = new boolean[extracted];
            for (GoldFinding g : gold.findings()) {
                int match = match(g, extraction.findings(), used);
                if (match < 0) {
                    misses.add("finding not found: " + show(g));
                    continue;
                }
                used[match] = true;
                found++;
                if (g.measures() != null) {
                    measuresAnnotated++;
                    int n = extraction.findings().get(match).measures().size();
                    if (n == g.measures()) {
                        measuresRight++;
                    } else {
                        misses.add("measures of " + show(g) + ": " + g.measures() + " in the text, " + n + " extracted");
                    }
                }
            }
            for (int i = 0; i < extracted; i++) {
                if (!used[i]) {
                    misses.add("finding not in the gold: " + cut(extraction.findings().get(i).surface()));
                }
            }
        }
        List<Count> counts = flatten(extraction.counts());
        int statedGold = 0;
        int statedFound = 0;
        if (gold.stated() != null) {
            statedGold = gold.stated().size();
            for (GoldNumber n : gold.stated()) {
                if (stated(n, text, counts)) {
                    statedFound++;
                } else {
                    misses.add("number not found: " + (n.value() == null ? n.written() : n.value().toPlainString() + n.unit())
                            + (n.quote() != null ? " in “" + n.quote() + "”" : ""));
                }
            }
        }
        int[] meta = new int[3];
        metadata("org", gold.org(), extraction.org(), false, meta, misses);
        metadata("year", gold.year() == null ? null : gold.year().toString(),
                extraction.year() == null ? null : extraction.year().toString(), false, meta, misses);
        metadata("kind", gold.kind(), extraction.kind(), true, meta, misses);
        metadata("title", gold.title(), extraction.title(), true, meta, misses);
        int fixed = 0;
        for (Count c : counts) {
            Optional<String> term = fixedTermAt(gold.fixedTerms(), text, c.start(), c.end());
            if (term.isPresent()) {
                fixed++;
                misses.add("fixed term counted: " + c.surface() + " in " + term.get());
            }
        }
        return new ReportScore(gold.file(), gold.complete(), goldFindings, extracted, found, found,
                measuresAnnotated, measuresRight, statedGold, statedFound, meta[0], meta[1], meta[2], fixed, misses);
    }

    private static int match(GoldFinding g, List<Finding> findings, boolean[] used) {
        String first = squeeze(g.first());
        String label = g.label() == null ? "" : squeeze(g.label());
        for (int i = 0; i < findings.size(); i++) {
            if (used[i]) {
                continue;
            }
            String t = squeeze(findings.get(i).surface());
            if (!label.isEmpty() && t.startsWith(label)) {
                t = t.substring(label.length());
            }
            if (t.startsWith(first) || (first.length() > 1 && t.startsWith(first.substring(1)) && isQuote(first))) {
                return i;
            }
        }
        return -1;
    }

    /** A gold text that opens with a quote mark still matches a finding whose text dropped it. */
    private static boolean isQuote(String s) {
        return (Punctuation.OPENING_QUOTES + "《").indexOf(s.charAt(0)) >= 0;
    }

    private static boolean stated(GoldNumber n, String text, List<Count> counts) {
        if (n.value() == null) {
            // not a plain number (2.2:1): a count whose surface holds the written form inside the quote
            return counts.stream().anyMatch(c -> c.surface() != null && c.surface().contains(n.written())
                    && (n.quote() == null || insideQuote(text, n.quote(), c.start(), c.end())));
        }
        BigDecimal expected;
        String unit = n.unit();
        String scale = unit.startsWith("万亿") ? "万亿" : unit.startsWith("亿") ? "亿" : unit.startsWith("万") ? "万" : "";
        Optional<BigDecimal> scaled = ChineseNumber.parse(n.value().toPlainString() + scale);
        if (scaled.isEmpty()) {
            return false;
        }
        expected = scaled.get();
        String base = Traditional.fold(unit.substring(scale.length()));
        for (Count c : counts) {
            if (c.masked() || c.value() == null || c.value().compareTo(expected) != 0 || !sameUnit(base, c)) {
                continue;
            }
            if (n.quote() == null || insideQuote(text, n.quote(), c.start(), c.end())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The gold unit is the count's unit (traditional forms folded: 項 = 项), or its classifier with what it counts
     * written together ({@code 个市县} = 个 + 市县).
     */
    private static boolean sameUnit(String goldUnit, Count c) {
        String unit = Traditional.fold(Objects.requireNonNullElse(c.unit(), ""));
        return goldUnit.equals(unit) || (goldUnit.startsWith(unit) && !unit.isEmpty() && c.object() != null
                && (unit + Traditional.fold(c.object())).startsWith(goldUnit));
    }

    private static boolean insideQuote(String text, String quote, int start, int end) {
        // gold quotes the file as written; ingest rejoins a line a PDF broke (1102\n个 → 1102个), so a quote with a
        // line break is also looked for without it
        String joined = quote.replaceAll("\\s*\n\\s*", "");
        for (String q : joined.equals(quote) ? List.of(quote) : List.of(quote, joined)) {
            for (int at = text.indexOf(q); at >= 0; at = text.indexOf(q, at + 1)) {
                if (start >= at && end <= at + q.length()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Optional<String> fixedTermAt(List<String> terms, String text, int start, int end) {
        for (String term : terms) {
            for (int at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
                if (start < at + term.length() && at < end) {
                    return Optional.of(term);
                }
            }
        }
        return Optional.empty();
    }

    /** Adds one annotated field to {@code meta} = {annotated, filled, right}. */
    private static void metadata(String name, String gold, String got, boolean loose, int[] meta, List<String> misses) {
        if (gold == null || gold.isBlank()) {
            return;
        }
        meta[0]++;
        if (got == null || got.isBlank()) {
            misses.add(name + " empty (gold: " + gold + ")");
            return;
        }
        meta[1]++;
        String g = squeeze(gold);
        String x = squeeze(got);
        if (g.equals(x) || (loose && (g.contains(x) || x.contains(g)))) {
            meta[2]++;
        } else {
            misses.add(name + " is " + got + ", gold: " + gold);
        }
    }

    private static List<Count> flatten(List<Count> counts) {
        List<Count> all = new ArrayList<>();
        for (Count c : counts) {
            all.add(c);
            all.addAll(flatten(c.parts()));
        }
        return all;
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    private static String show(GoldFinding g) {
        return (g.label() == null ? "" : g.label()) + g.first();
    }

    private static String cut(String s) {
        String t = squeeze(s);
        return t.length() <= 30 ? t : t.substring(0, 30) + "…";
    }
}
