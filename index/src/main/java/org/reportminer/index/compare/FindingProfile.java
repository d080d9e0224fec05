package org.reportminer.index.compare;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.reportminer.pipeline.classify.Categorised;
import org.reportminer.pipeline.classify.ProblemTaxonomy;
import org.reportminer.pipeline.classify.SynonymTable;
import org.reportminer.pipeline.text.CompareText;

/**
 * What the linker compares of one finding, computed once: the synonym-normalised squeezed text, its Han bigrams, its
 * domain concepts (canonical synonyms and taxonomy cues) and its category.
 *
 * <p>Both sets iterate in the order the terms occur. Not {@code Set.copyOf}: its order changes from one JVM to the next,
 * and the evidence lists shared terms, and the block statistics sum term weights, in iteration order.
 */
record FindingProfile(int ordinal, int reportOrdinal, FindingRef ref, Categorised category, String normalised,
                      Set<String> bigrams, Set<String> concepts) {

    static FindingProfile of(int ordinal, int reportOrdinal, FindingRef ref, ProblemTaxonomy taxonomy,
                             SynonymTable synonyms) {
        String normalised = CompareText.squeeze(synonyms.normalise(CompareText.foldWidth(ref.text())));
        Categorised category = taxonomy.classify(ref.text());
        Set<String> concepts = new LinkedHashSet<>(synonyms.concepts(normalised));
        concepts.addAll(taxonomy.allCuesInNormalised(normalised));
        return new FindingProfile(ordinal, reportOrdinal, ref, category, normalised,
                inOrder(CompareText.hanBigrams(normalised)), inOrder(concepts));
    }

    private static Set<String> inOrder(Set<String> terms) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(terms));
    }
}
