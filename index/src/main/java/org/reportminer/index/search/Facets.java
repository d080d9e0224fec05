package org.reportminer.index.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Value → number of matching documents, per dimension, ordered by count (highest first) then value. Documents
 * without a value are not counted; a finding counts once under each distinct status of its measures.
 */
public record Facets(Map<String, Integer> year, Map<String, Integer> org, Map<String, Integer> kind,
                     Map<String, Integer> status) {

    public Facets {
        year = ordered(year);
        org = ordered(org);
        kind = ordered(kind);
        status = ordered(status);
    }

    private static Map<String, Integer> ordered(Map<String, Integer> m) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }
}
