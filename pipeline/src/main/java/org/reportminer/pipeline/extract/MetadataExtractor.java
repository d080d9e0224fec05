package org.reportminer.pipeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.reportminer.pipeline.patterns.ReportPatterns;
import org.reportminer.pipeline.structure.Outline;

/**
 * Reads title, organisation, kind and year. The year is the one stated in the title or opening lines; when that is
 * masked ({@code ****年}) or missing, it is the latest year of the dated events the text mentions
 * ({@link EventYears}), and the evidence names them. Thread-safe.
 */
public final class MetadataExtractor {

    /** How far into the text the opening (title, first paragraph) reaches. */
    private static final int OPENING = 400;

    private final EventYears events;

    public MetadataExtractor(EventYears events) {
        this.events = events;
    }

    public Metadata extract(String text, Outline outline) {
        String title = outline.titleLine() >= 0 ? outline.lines().get(outline.titleLine()).text() : null;
        String opening = text.substring(0, Math.min(text.length(), OPENING));
        String kind = null;
        Matcher k = ReportPatterns.KIND.matcher(title != null ? title : opening);
        if (k.find()) {
            kind = k.group();
        } else if (title != null && (k = ReportPatterns.KIND.matcher(opening)).find()) {
            kind = k.group();
        }
        String org = org(title, opening);
        Integer year = null;
        String evidence = null;
        Matcher y = ReportPatterns.YEAR.matcher(title != null ? title : "");
        if (y.find()) {
            year = Integer.parseInt(y.group(1));
            evidence = "stated in the title: " + y.group();
        } else if ((y = ReportPatterns.YEAR.matcher(firstParagraph(outline))).find()) {
            int latest = Integer.parseInt(y.group(1));
            String raw = y.group();
            while (y.find()) {
                if (Integer.parseInt(y.group(1)) > latest) {
                    latest = Integer.parseInt(y.group(1));
                    raw = y.group();
                }
            }
            year = latest;
            evidence = "stated in the first paragraph: " + raw;
        } else {
            boolean masked = ReportPatterns.MASKED_YEAR.matcher(opening).find();
            List<EventYears.Event> found = new ArrayList<>();
            for (EventYears.Event e : events.events()) {
                if (text.contains(e.name())) {
                    found.add(e);
                }
            }
            int latest = found.stream().mapToInt(EventYears.Event::year).max().orElse(0);
            if (latest > 0) {
                List<String> names = found.stream().filter(e -> e.year() == latest)
                        .sorted((a, b) -> Integer.compare(text.indexOf(a.name()), text.indexOf(b.name())))
                        .map(EventYears.Event::name).filter(n -> found.stream().noneMatch(
                                o -> o.year() == latest && !o.name().equals(n) && o.name().contains(n)))
                        .toList();
                year = latest;
                evidence = (masked ? "year is masked (****年); " : "year is not stated; ") + join(names)
                        + (names.size() == 1 ? " places" : " place") + " it in " + latest;
            }
        }
        return new Metadata(title, org, year, evidence, kind);
    }

    /** The first line after the title, when it is prose rather than a heading. */
    private static String firstParagraph(Outline outline) {
        int i = outline.titleLine() + 1;
        if (i >= outline.lines().size() || outline.headingOnLine(i) != null) {
            return "";
        }
        return outline.lines().get(i).text();
    }

    private static String org(String title, String opening) {
        if (title != null) {
            String t = title.replaceAll("(?:19|20)\\d{2}年(?:度)?", "");
            Matcher k = ReportPatterns.KIND.matcher(t);
            if (k.find() && k.start() > 1) {
                return t.substring(0, k.start()).replaceAll("[关于的]+$", "");
            }
        }
        Matcher o = ReportPatterns.ORG_INSPECTED.matcher(opening);
        return o.find() ? o.group(1) : null;
    }

    private static String join(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
