package org.reportminer.pipeline.classify;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reportminer.corpus.text.ResourceLines;

/**
 * Rewrites reworded domain terms to one canonical term ({@code 党建责任与岗位职责 → 一岗双责}, {@code 一把手 → 主要负责人}),
 * longest match first, so that findings worded differently in different years share characters and concepts.
 * Built from the {@code [compare]} section of the genre's one synonym lexicon ({@link SynonymLexicon}), or from a
 * user's file of {@code canonical: variant, variant} lines; immutable and thread-safe.
 */
public final class SynonymTable {

    /** Surfaces (variants and canonicals) by first character, longest first. */
    private final Map<Character, List<String[]>> byFirst;
    private final Set<String> canonicals;

    private SynonymTable(Map<String, List<String>> table) {
        Map<Character, List<String[]>> idx = new HashMap<>();
        Set<String> canon = new LinkedHashSet<>();
        for (Map.Entry<String, List<String>> e : table.entrySet()) {
            canon.add(e.getKey());
            List<String> surfaces = new ArrayList<>(e.getValue());
            surfaces.add(e.getKey());
            for (String s : surfaces) {
                idx.computeIfAbsent(s.charAt(0), k -> new ArrayList<>()).add(new String[] {s, e.getKey()});
            }
        }
        idx.values().forEach(l -> l.sort(Comparator.comparingInt((String[] p) -> p[0].length()).reversed()));
        idx.replaceAll((k, v) -> List.copyOf(v));
        this.byFirst = Map.copyOf(idx);
        this.canonicals = Set.copyOf(canon);
    }

    /** The bundled table: the {@code [compare]} section of the lexicon. */
    public static SynonymTable bundled() {
        return new SynonymTable(SynonymLexicon.bundled().concepts());
    }

    /** A table read from a user-edited file in the same format. */
    public static SynonymTable fromFile(Path file) {
        return new SynonymTable(ResourceLines.file(file).keyed());
    }

    /** Every canonical term of the table. */
    public Set<String> canonicals() {
        return canonicals;
    }

    /** {@code text} with every known variant replaced by its canonical term, longest match first, left to right. */
    public String normalise(String text) {
        StringBuilder b = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            String[] hit = match(text, i);
            if (hit == null) {
                b.append(text.charAt(i));
                i++;
            } else {
                b.append(hit[1]);
                i += hit[0].length();
            }
        }
        return b.toString();
    }

    /** The canonical terms that occur in {@code text} (directly or through a variant), in text order. */
    public Set<String> concepts(String text) {
        Set<String> out = new LinkedHashSet<>();
        int i = 0;
        while (i < text.length()) {
            String[] hit = match(text, i);
            if (hit == null) {
                i++;
            } else {
                out.add(hit[1]);
                i += hit[0].length();
            }
        }
        return out;
    }

    private String[] match(String text, int at) {
        List<String[]> cands = byFirst.get(text.charAt(at));
        if (cands != null) {
            for (String[] c : cands) {
                if (text.startsWith(c[0], at)) {
                    return c;
                }
            }
        }
        return null;
    }
}
