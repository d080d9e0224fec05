package org.reportminer.cli.web.view;

import java.util.List;

/**
 * A facet: counts of one field's values, each a link that filters by it (or, when active, removes the filter).
 *
 * @param label  the field's name as shown
 * @param values the values, most frequent first
 */
public record Facet(String label, List<Value> values) {
    public Facet {
        values = List.copyOf(values);
    }

    /** One value with what is shown for it, its count and its link. */
    public record Value(String value, String label, int count, String href, boolean active) {
    }
}
