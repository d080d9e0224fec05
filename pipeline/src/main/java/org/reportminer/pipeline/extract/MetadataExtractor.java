package org.reportminer.pipeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.reportminer.corpus.text.Numerals;
import org.reportminer.pipeline.patterns.ReportPatterns;
import org.reportminer.pipeline.structure.Outline;

/**
 * Reads title, organisation, kind and year. The kind is a canonical name from {@link ReportKinds}. The year is the one stated in the title or opening lines; when that is
 * masked ({@code ****年}) or missing, it is the latest year of the dated events the text mentions
 * ({@link EventYears}), and the evidence names them. Thread-safe.
 */
public final class MetadataExtractor {

    /** How far into the text the opening (title, first paragraph) reaches. */
    private static final int OPENING = 400;

    private final EventYears events;
    private final ReportKinds kinds;

    /** An extractor with the built-in {@link ReportKinds}. */
    public MetadataExtractor(EventYears events) {
        this(events, ReportKinds.builtIn());
    }

    public MetadataExtractor(EventYears events, ReportKinds kinds) {
        this.events = events;
        this.kinds = kinds;
    }

    public Metadata extract(String text, Outline outline) {
        String title = outline.titleLine() >= 0 ? outline.lines().get(outline.titleLine()).text() : null;
        String opening = text.substring(0, Math.min(text.length(), OPENING));
        Optional<ReportKinds.Match> named = title == null ? Optional.empty() : kinds.find(title);
        if (named.isEmpty()) {
            named = kinds.find(opening);
        }
        String kind = named.map(ReportKinds.Match::name).orElse(null);
        String org = org(title, opening);
        Integer year = null;
        String evidence = null;
        Matcher y = ReportPatterns.YEAR.matcher(title != null ? title : "");
        Optional<String[]> signed = signatureDate(outline);
        if (y.find()) {
            year = Integer.parseInt(y.group(1));
            evidence = "stated in the title: " + y.group();
        } else if (signed.isPresent()) {
            // the notice's own date outranks the dates of the events it reports (巡视 in 2024, notice in 2025)
            year = Integer.parseInt(signed.get()[0]);
            evidence = "dated at the end: " + signed.get()[1];
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

    /** How many lines from the end a signature date may sit (org, date, then perhaps a 附件 line or two). */
    private static final int SIGNATURE_LINES = 4;

    /** The year and the line of a signature date among the last lines, if any. */
    private static Optional<String[]> signatureDate(Outline outline) {
        var lines = outline.lines();
        for (int i = lines.size() - 1, seen = 0; i > outline.titleLine() && seen < SIGNATURE_LINES; i--) {
            String t = lines.get(i).text();
            if (t.isBlank()) {
                continue;
            }
            seen++;
            Matcher m = ReportPatterns.SIGNATURE_DATE.matcher(t);
            if (m.find()) {
                String y = m.group(1);
                int year = Character.isDigit(y.charAt(0)) ? Integer.parseInt(y) : chineseDigits(y);
                return year > 0 ? Optional.of(new String[] {Integer.toString(year), t.strip()}) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** 二〇二五 → 2025, digit by digit ({@code ○}, a white circle, is a common stand-in for 〇); 0 when not digits. */
    private static int chineseDigits(String s) {
        int v = 0;
        for (char c : s.toCharArray()) {
            int d = c == '○' ? 0 : Numerals.digit(c);
            if (d < 0) {
                return 0;
            }
            v = v * 10 + d;
        }
        return v;
    }

    /** The first line after the title, when it is prose rather than a heading. */
    private static String firstParagraph(Outline outline) {
        int i = outline.titleLine() + 1;
        if (i >= outline.lines().size() || outline.headingOnLine(i) != null) {
            return "";
        }
        return outline.lines().get(i).text();
    }

    /**
     * The organisation: in the title, what comes before 关于, the year or the kind ({@code 中共某局党组关于…},
     * {@code 某局2022年党风廉政建设…}); else the body inspected in the opening ({@code 对某局党组开展了常规巡察}).
     * Party decorations ({@code 中共}, {@code 党组}, {@code 党委}, {@code 机关}) are stripped.
     */
    private String org(String title, String opening) {
        if (title != null) {
            int end = title.length();
            Matcher cut = ReportPatterns.ORG_END.matcher(title);
            if (cut.find()) {
                end = cut.start();
            }
            Optional<ReportKinds.Match> k = kinds.find(title);
            if (k.isPresent()) {
                end = Math.min(end, k.get().start());
            }
            String org = clean(title.substring(0, end));
            if (org != null && end < title.length()) {
                return org;
            }
        }
        Matcher o = ReportPatterns.ORG_INSPECTED.matcher(opening);
        return o.find() ? clean(o.group(1)) : null;
    }

    /** {@code raw} without party decorations and a trailing 的/落实; null when too short to be a name. */
    private static String clean(String raw) {
        String org = raw.strip();
        String previous;
        do {
            previous = org;
            org = ReportPatterns.ORG_DECORATION.matcher(org).replaceAll("").replaceAll("[的]+$", "");
        } while (!org.equals(previous));
        return org.length() >= 2 ? org : null;
    }

    private static String join(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
