package org.reportminer.pipeline.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportminer.pipeline.patterns.ReportPatterns;
import org.reportminer.pipeline.structure.LabelFamily;
import org.reportminer.pipeline.structure.Lines;

/**
 * Splits a stretch of text into its enumerated items (①…②…, 1.…2.…, 一是…二是…, （1）…). The family is the one whose
 * label comes first; items run from one label of that family to the next.
 *
 * <p>A label after a sentence end (or at a line start) always opens an item. A label after a comma mid-sentence
 * ({@code …罚没款7.9万元。同时，针对…问题，（4）每季度…}) opens one only when it continues the sequence (its number is
 * the previous item's plus one, or 1 for the first): then the previous item ends at its last sentence end, and the
 * lead-in clause before the label belongs to the new item. Stateless.
 */
final class Enumerations {

    /** Families tried inside a block, most specific first. */
    private static final LabelFamily[] FAMILIES = {
        LabelFamily.CIRCLED, LabelFamily.ARABIC_PAREN, LabelFamily.CN_PAREN, LabelFamily.ARABIC, LabelFamily.SHI,
        LabelFamily.ORDINAL
    };

    /**
     * One item: its label as written, the number it stands for, where its label starts, and its text span (label
     * excluded, except that a comma-led label's lead-in clause is included before it).
     */
    record Item(String label, int ordinal, int labelStart, int start, int end) {
    }

    /** A label found in the text; {@code afterComma} when it is only an item if it continues the sequence. */
    private record Label(int start, int end, String surface, int ordinal, boolean afterComma) {
    }

    private Enumerations() {
    }

    /** The items of {@code text[from, to)}; empty when no label is found. */
    static List<Item> split(String text, int from, int to) {
        List<Label> best = List.of();
        for (LabelFamily f : FAMILIES) {
            List<Label> labels = labels(f, text, from, to);
            if (!labels.isEmpty() && (best.isEmpty() || labels.get(0).start() < best.get(0).start())) {
                best = labels;
            }
        }
        List<Item> items = new ArrayList<>();
        int[] ends = new int[best.size()];
        int[] starts = new int[best.size()];
        for (int i = 0; i < best.size(); i++) {
            Label l = best.get(i);
            starts[i] = l.end();
            ends[i] = i + 1 < best.size() ? best.get(i + 1).start() : to;
        }
        for (int i = 1; i < best.size(); i++) {
            Label l = best.get(i);
            if (l.afterComma()) {
                int cut = lastSentenceBreak(text, starts[i - 1], l.start());
                if (cut >= 0) {
                    ends[i - 1] = cut + 1;
                    starts[i] = cut + 1;
                }
            }
        }
        for (int i = 0; i < best.size(); i++) {
            Label l = best.get(i);
            int s = starts[i];
            int e = ends[i];
            while (s < e && (Lines.isBlank(text.charAt(s)) || "，,：:、".indexOf(text.charAt(s)) >= 0)) {
                s++;
            }
            while (e > s && (Lines.isBlank(text.charAt(e - 1)) || "，,".indexOf(text.charAt(e - 1)) >= 0)) {
                e--;
            }
            String surface = l.surface().replaceAll("[，,：:]$", "");
            items.add(new Item(surface, l.ordinal(), l.start(), s, e));
        }
        return items;
    }

    /** The labels of family {@code f} that open items, in text order. */
    private static List<Label> labels(LabelFamily f, String text, int from, int to) {
        List<Label> found = new ArrayList<>();
        collect(f.inline(), false, text, from, to, found);
        if (f.afterComma() != null) {
            collect(f.afterComma(), true, text, from, to, found);
        }
        found.sort(Comparator.comparingInt(Label::start));
        List<Label> accepted = new ArrayList<>();
        int last = 0;
        for (Label l : found) {
            if (!l.afterComma() || l.ordinal() == last + 1) {
                accepted.add(l);
                last = l.ordinal();
            }
        }
        return accepted;
    }

    private static void collect(Pattern p, boolean afterComma, String text, int from, int to, List<Label> out) {
        Matcher m = p.matcher(text).region(from, to).useTransparentBounds(true).useAnchoringBounds(false);
        while (m.find()) {
            out.add(new Label(m.start(), m.end(), m.group(), LabelFamily.ordinal(m.group(1)), afterComma));
        }
    }

    /** The offset of the last sentence end in {@code [from, to)}, or -1. */
    private static int lastSentenceBreak(String text, int from, int to) {
        Matcher m = ReportPatterns.SENTENCE_BREAK.matcher(text).region(from, to);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }
}
