package org.reportminer.corpus.store;

import java.nio.file.Path;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;

/** Resolves what a user typed to name a stored report (id, id prefix or source path) to its id. */
final class ReportLookup {

    private static final int MIN_PREFIX = 4;

    private ReportLookup() {
    }

    /**
     * The id {@code idOrPath} names in {@code index}: an id, a unique id prefix of at least 4 hex digits, or a
     * source path (as given or made absolute); empty when it names none.
     *
     * @throws IllegalArgumentException when a prefix matches several reports
     */
    static Optional<String> resolve(NavigableMap<String, ReportSummary> index, String idOrPath) {
        if (idOrPath == null || idOrPath.isBlank()) {
            return Optional.empty();
        }
        String key = idOrPath.strip();
        if (index.containsKey(key)) {
            return Optional.of(key);
        }
        if (key.length() >= MIN_PREFIX && key.matches("[0-9a-f]+")) {
            List<String> matches = index.keySet().stream().filter(id -> id.startsWith(key)).toList();
            if (matches.size() > 1) {
                throw new IllegalArgumentException("id prefix '" + key + "' is ambiguous: matches " + matches.size()
                        + " reports (" + String.join(", ", matches.subList(0, Math.min(5, matches.size()))) + ")");
            }
            if (matches.size() == 1) {
                return Optional.of(matches.get(0));
            }
        }
        String path = normalisedPath(key);
        return index.values().stream()
                .filter(s -> key.equals(s.source()) || path.equals(s.source()))
                .map(ReportSummary::id).findFirst();
    }

    private static String normalisedPath(String key) {
        try {
            return Path.of(key).toAbsolutePath().normalize().toString();
        } catch (RuntimeException e) {
            return key;
        }
    }
}
