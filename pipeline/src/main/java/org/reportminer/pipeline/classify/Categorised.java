package org.reportminer.pipeline.classify;

import java.util.List;

/**
 * The taxonomy category of one finding and the evidence that decided it.
 *
 * @param category the category name from the taxonomy, or {@link ProblemTaxonomy#OTHER} when no cue matched
 * @param evidence the cue terms of that category found in the text, in taxonomy order; empty for {@code 其他}
 */
public record Categorised(String category, List<String> evidence) {

    public Categorised {
        if (category == null || category.isBlank()) {
            throw new IllegalArgumentException("category must not be blank");
        }
        evidence = List.copyOf(evidence);
    }
}
