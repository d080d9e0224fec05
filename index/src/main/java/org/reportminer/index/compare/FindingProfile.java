package org.reportminer.index.compare;

import java.util.Set;
import org.reportminer.pipeline.classify.Categorised;
import org.reportminer.pipeline.classify.ProblemTaxonomy;
import org.reportminer.pipeline.classify.SynonymTable;
import org.reportminer.pipeline.text.CompareText;

/**
 * What the linker compares of one finding, computed once: the synonym-normalised squeezed text, its Han bigrams, its
 * domain concepts (canonical synonyms and taxonomy cues) and its category.
 */
record FindingProfile(int ordinal, int reportOrdinal, FindingRef ref, Categorised category, String normalised,
                      Set<String> bigrams, Set<String> concepts) {

    static FindingProfile of(int ordinal, int reportOrdinal, FindingRef ref, ProblemTaxonomy taxonomy,
                             SynonymTable synonyms) {
        String normalised = CompareText.squeeze(synonyms.normalise(CompareText.foldWidth(ref.text())));
        Categorised category = taxonomy.classify(ref.text());
        Set<String> concepts = new java.util.LinkedHashSet<>(synonyms.concepts(normalised));
        concepts.addAll(taxonomy.allCuesInNormalised(normalised));
        return new FindingProfile(ordinal, reportOrdinal, ref, category, normalised,
                Set.copyOf(CompareText.hanBigrams(normalised)), Set.copyOf(concepts));
    }
}
