package org.reportminer.pipeline.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

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
        try (InputStream in = EventYears.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException(RESOURCE + ": resource missing; it should always be present in the pipeline jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Event> events = new ArrayList<>();
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                if (parts.length != 2) {
                    throw new IllegalArgumentException(RESOURCE + ":" + no + ": expected event<TAB>year, got '" + line + "'");
                }
                events.add(new Event(parts[0].strip(), Integer.parseInt(parts[1].strip())));
            }
            return new EventYears(events);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The events, in table order. */
    public List<Event> events() {
        return events;
    }
}
