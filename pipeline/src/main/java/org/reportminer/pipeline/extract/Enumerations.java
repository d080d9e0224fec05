package org.reportminer.pipeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.reportminer.pipeline.structure.LabelFamily;
import org.reportminer.pipeline.structure.Lines;

/**
 * Splits a stretch of text into its enumerated items (①…②…, 1.…2.…, 一是…二是…, （1）…). The family is the one whose
 * label comes first; items run from one label of that family to the next. Stateless.
 */
final class Enumerations {

    /** Families tried inside a block, most specific first. */
    private static final LabelFamily[] FAMILIES = {
        LabelFamily.CIRCLED, LabelFamily.ARABIC_PAREN, LabelFamily.CN_PAREN, LabelFamily.ARABIC, LabelFamily.SHI,
        LabelFamily.ORDINAL
    };

    /**
     * One item: its label as written, the number it stands for, and its text span (label excluded).
     */
    record Item(String label, int ordinal, int labelStart, int start, int end) {
    }

    private Enumerations() {
    }

    /** The items of {@code text[from, to)}; empty when no label is found. */
    static List<Item> split(String text, int from, int to) {
        LabelFamily best = null;
        int bestStart = Integer.MAX_VALUE;
        for (LabelFamily f : FAMILIES) {
            Matcher m = f.inline().matcher(text).region(from, to).useTransparentBounds(true)
                    .useAnchoringBounds(false);
            if (m.find() && m.start() < bestStart) {
                best = f;
                bestStart = m.start();
            }
        }
        if (best == null) {
            return List.of();
        }
        List<int[]> labels = new ArrayList<>();
        List<String> surfaces = new ArrayList<>();
        List<Integer> ordinals = new ArrayList<>();
        Matcher m = best.inline().matcher(text).region(from, to).useTransparentBounds(true).useAnchoringBounds(false);
        while (m.find()) {
            labels.add(new int[] {m.start(), m.end()});
            surfaces.add(m.group());
            ordinals.add(LabelFamily.ordinal(m.group(1)));
        }
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            int s = labels.get(i)[1];
            int e = i + 1 < labels.size() ? labels.get(i + 1)[0] : to;
            while (s < e && (Lines.isBlank(text.charAt(s)) || "，,：:、".indexOf(text.charAt(s)) >= 0)) {
                s++;
            }
            while (e > s && Lines.isBlank(text.charAt(e - 1))) {
                e--;
            }
            String surface = surfaces.get(i).replaceAll("[，,：:]$", "");
            items.add(new Item(surface, ordinals.get(i), labels.get(i)[0], s, e));
        }
        return items;
    }
}
