package org.reportminer.pipeline.classify;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.reportminer.corpus.model.Finding;
import org.reportminer.corpus.text.ResourceLines;

/**
 * Assigns a finding one category of the problem taxonomy (政治建设, 理论学习, 意识形态 … 业务履职, else 其他) with the cue
 * terms that decided it. The taxonomy is an editable {@code category: cue, cue} resource ({@code taxonomy.txt}).
 *
 * <p>Rule: the text is matched as written and after {@link SynonymTable} normalisation; each distinct cue found adds its
 * length to its category's score (longer cues are more specific); the highest score wins, ties go to the category
 * listed first. Immutable and thread-safe.
 */
public final class ProblemTaxonomy {

    /** The bundled taxonomy, {@code taxonomy.txt} next to this class. */
    public static final String RESOURCE = "taxonomy.txt";
    /** The category of a finding no cue matched. */
    public static final String OTHER = "其他";

    private final Map<String, List<String>> cues;
    private final List<String> order;
    private final SynonymTable synonyms;

    private ProblemTaxonomy(Map<String, List<String>> cues, SynonymTable synonyms) {
        if (cues.isEmpty()) {
            throw new IllegalArgumentException("taxonomy has no categories");
        }
        this.cues = Map.copyOf(cues);
        this.order = List.copyOf(cues.keySet());
        this.synonyms = synonyms;
    }

    /** The bundled taxonomy with the bundled synonym table. */
    public static ProblemTaxonomy bundled() {
        return new ProblemTaxonomy(ResourceLines.bundled(ProblemTaxonomy.class, RESOURCE).keyed(), SynonymTable.bundled());
    }

    /** A taxonomy read from a user-edited file in the same format. */
    public static ProblemTaxonomy fromFile(Path file, SynonymTable synonyms) {
        return new ProblemTaxonomy(ResourceLines.file(file).keyed(), synonyms);
    }

    /** The categories in resource order, followed by {@link #OTHER}. */
    public List<String> categories() {
        List<String> out = new ArrayList<>(order);
        if (!out.contains(OTHER)) {
            out.add(OTHER);
        }
        return List.copyOf(out);
    }

    /** The cue terms of {@code category} found in {@code text} (as written or synonym-normalised). */
    public List<String> cuesIn(String category, String text) {
        return cuesIn(category, text, synonyms.normalise(text));
    }

    private List<String> cuesIn(String category, String text, String normalised) {
        List<String> list = cues.get(category);
        if (list == null) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        for (String cue : list) {
            if (text.contains(cue) || normalised.contains(cue)) {
                found.add(cue);
            }
        }
        return found;
    }

    /** Every cue of every category found in already synonym-normalised text, in taxonomy order. */
    public List<String> allCuesInNormalised(String normalised) {
        List<String> found = new ArrayList<>();
        for (String category : order) {
            for (String cue : cues.get(category)) {
                if (normalised.contains(cue)) {
                    found.add(cue);
                }
            }
        }
        return found;
    }

    /** The category of {@code findingText} with the evidence that decided it. */
    public Categorised classify(String findingText) {
        String best = OTHER;
        List<String> bestEvidence = List.of();
        int bestScore = 0;
        String normalised = synonyms.normalise(findingText);
        for (String category : order) {
            List<String> found = cuesIn(category, findingText, normalised);
            int score = 0;
            for (String cue : found) {
                score += cue.length();
            }
            if (score > bestScore) {
                best = category;
                bestScore = score;
                bestEvidence = found;
            }
        }
        return new Categorised(best, bestEvidence);
    }

    /** {@code finding} with its category from this taxonomy; a finding that already has one keeps it. */
    public Finding categorise(Finding finding) {
        return finding.category() != null ? finding : finding.withCategory(classify(finding.surface()).category());
    }
}
