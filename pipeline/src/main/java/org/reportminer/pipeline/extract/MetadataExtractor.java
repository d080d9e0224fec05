package org.reportminer.pipeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
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
        ReportTitle heading = ReportTitle.of(outline);
        String title = heading.text();
        String opening = text.substring(0, Math.min(text.length(), OPENING));
        Optional<ReportKinds.Match> named = title == null ? Optional.empty() : kinds.find(title);
        if (named.isEmpty()) {
            named = kinds.find(opening);
        }
        String kind = named.map(ReportKinds.Match::name).orElse(null);
        Optional<Signature> signed = signature(outline, heading);
        String org = org(title, opening, outline, heading, signed);
        String period = period(title, opening);
        Integer year = null;
        String evidence = null;
        Optional<Matcher> y = noticeYear(title);
        MatchResult first;
        Matcher cutOff = ReportPatterns.CUT_OFF_YEAR.matcher(text);
        if (y.isPresent()) {
            year = Integer.parseInt(y.get().group(1));
            evidence = "stated in the title: " + y.get().group();
        } else if (signed.isPresent()) {
            // the notice's own date outranks the dates of the events it reports (巡视 in 2024, notice in 2025)
            year = signed.get().year();
            evidence = "dated at the end: " + signed.get().dateLine();
        } else if ((first = latestUncited(firstParagraph(outline, heading))) != null) {
            year = Integer.parseInt(first.group(1));
            evidence = "stated in the first paragraph: " + first.group();
        } else if (cutOff.find()) {
            // 截至2017年6月30日: the notice reports the state at that date, so it was written then or soon after
            year = Integer.parseInt(cutOff.group(1));
            evidence = "cut-off date: " + cutOff.group();
        } else if (period != null) {
            year = Integer.parseInt(period.substring(0, 4));
            evidence = "only the period under review is stated: " + period;
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
        return new Metadata(title, org, year, evidence, kind, period);
    }

    /**
     * The year the title states as the notice's own: not a period under review ({@code 2023年度}, the notice came
     * later) and not the year of a document it cites ({@code 《2016年…报告》}).
     */
    private static Optional<Matcher> noticeYear(String title) {
        if (title == null) {
            return Optional.empty();
        }
        Matcher y = ReportPatterns.YEAR.matcher(title);
        while (y.find()) {
            boolean period = y.end() < title.length() && title.charAt(y.end()) == '度';
            if (!period && !cited(title, y.start())) {
                return Optional.of(y);
            }
        }
        return Optional.empty();
    }

    /** The latest year {@code s} states outside a cited document's name ({@code 《2016年…报告》}), or null. */
    private static MatchResult latestUncited(String s) {
        Matcher y = ReportPatterns.YEAR.matcher(s);
        MatchResult latest = null;
        while (y.find()) {
            if (!cited(s, y.start()) && (latest == null || Integer.parseInt(y.group(1))
                    > Integer.parseInt(latest.group(1)))) {
                latest = y.toMatchResult();
            }
        }
        return latest;
    }

    /** Whether {@code at} lies inside 《…》 in {@code s}. */
    private static boolean cited(String s, int at) {
        int open = s.lastIndexOf('《', at);
        return open >= 0 && s.lastIndexOf('》', at) < open;
    }

    /** The period under review ({@code 2023年度}) named in the title, else in the opening; null when none. */
    private static String period(String title, String opening) {
        for (String s : new String[] {title, opening}) {
            if (s != null) {
                Matcher p = ReportPatterns.PERIOD.matcher(s);
                if (p.find()) {
                    return p.group();
                }
            }
        }
        return null;
    }

    /** How many lines from the end a signature date may sit (org, date, then perhaps a 附件 line or two). */
    private static final int SIGNATURE_LINES = 4;

    /** A signature (落款): the date line at the end and the organisation line just above it, if any. */
    private record Signature(int year, String dateLine, String org) {
    }

    /** The signature date among the last lines, with the name line above it, if any. */
    private static Optional<Signature> signature(Outline outline, ReportTitle heading) {
        var lines = outline.lines();
        int top = Math.max(outline.titleLine(), heading.lastLine());
        for (int i = lines.size() - 1, seen = 0; i > top && seen < SIGNATURE_LINES; i--) {
            String t = lines.get(i).text();
            if (t.isBlank()) {
                continue;
            }
            seen++;
            Matcher m = ReportPatterns.SIGNATURE_DATE.matcher(t);
            if (m.find()) {
                String y = m.group(1);
                int year = Character.isDigit(y.charAt(0)) ? Integer.parseInt(y) : chineseDigits(y);
                String org = null;
                for (int j = i - 1; j > top && j >= i - 2 && org == null; j--) {
                    Matcher o = ReportPatterns.ORG_NAME_LINE.matcher(lines.get(j).text());
                    if (o.matches()) {
                        org = o.group(1);
                    }
                }
                return year > 0 ? Optional.of(new Signature(year, t.strip(), org)) : Optional.empty();
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
    private static String firstParagraph(Outline outline, ReportTitle heading) {
        int i = Math.max(outline.titleLine(), heading.lastLine()) + 1;
        if (i >= outline.lines().size() || outline.headingOnLine(i) != null) {
            return "";
        }
        return outline.lines().get(i).text();
    }

    /**
     * The organisation: in the title, what comes before 关于, the year or the kind ({@code 中共某局党组关于…},
     * {@code 某局2022年党风廉政建设…}); else the name line of the signature at the end; else a name line right above
     * the title (a sender); else the body inspected in the opening ({@code 对某局党组开展了常规巡察}); else the
     * organisation that acts in the opening ({@code 国家能源局及派出机构对…开展了跟踪监管}). Party decorations
     * ({@code 中共}, {@code 党组}, {@code 党委}, {@code 机关}) are stripped.
     */
    private String org(String title, String opening, Outline outline, ReportTitle heading,
                       Optional<Signature> signed) {
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
            if (org != null && end < title.length() && !title.startsWith("《")) {
                return org;
            }
        }
        if (signed.isPresent() && signed.get().org() != null && clean(signed.get().org()) != null) {
            return clean(signed.get().org());
        }
        if (heading.firstLine() > 0) {
            for (int j = heading.firstLine() - 1; j >= 0 && j >= heading.firstLine() - 2; j--) {
                Matcher o = ReportPatterns.ORG_NAME_LINE.matcher(outline.lines().get(j).text());
                if (o.matches() && clean(o.group(1)) != null) {
                    return clean(o.group(1));
                }
            }
        }
        Matcher o = ReportPatterns.ORG_INSPECTED.matcher(opening);
        if (o.find()) {
            return clean(o.group(1));
        }
        Matcher s = ReportPatterns.ORG_SUBJECT.matcher(opening);
        return s.find() ? clean(s.group(1)) : null;
    }

    /** {@code raw} without party decorations and a trailing 的/落实; null when too short to be a name. */
    private static String clean(String raw) {
        String org = raw.strip();
        String previous;
        do {
            previous = org;
            org = ReportPatterns.ORG_DECORATION.matcher(org).replaceAll("").replaceAll("[的]+$", "");
        } while (!org.equals(previous));
        // 我局, 本委: the writer speaking of itself names no organisation
        return org.length() >= 2 && !ReportPatterns.ORG_SELF.matcher(org).lookingAt() ? org : null;
    }

    private static String join(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
