package org.reportminer.pipeline.extract;

import java.util.ArrayList;
import java.util.List;
import org.reportminer.corpus.text.ResourceLines;

/**
 * The editable table of dated events ({@code 十九届六中全会 → 2021}, {@code 主题教育 → 2023} …) shipped as the resource
 * {@code event-years.tsv}. Immutable and thread-safe.
 */
public final class EventYears {

    /** One event and the year it places a report in. */
    public record Event(String name, int year) {
    }

    private static final String RESOURCE = "event-years.tsv";

    private final List<Event> events;

    private EventYears(List<Event> events) {
        this.events = List.copyOf(events);
    }

    /** The shipped table. */
    public static EventYears builtIn() {
        ResourceLines lines = ResourceLines.bundled(EventYears.class, RESOURCE);
        List<Event> events = new ArrayList<>();
        for (ResourceLines.Line line : lines.lines()) {
            String[] parts = line.text().split("\t");
            if (parts.length != 2 || !parts[1].strip().matches("\\d{4}")) {
                throw lines.error(line, "expected event<TAB>year, got '" + line.text() + "'");
            }
            events.add(new Event(parts[0].strip(), Integer.parseInt(parts[1].strip())));
        }
        return new EventYears(events);
    }

    /** The events, in table order. */
    public List<Event> events() {
        return events;
    }
}
