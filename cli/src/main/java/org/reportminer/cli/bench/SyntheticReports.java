package org.reportminer.cli.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.reportminer.corpus.text.Punctuation;
import org.reportminer.pipeline.patterns.ReportPatterns;

/**
 * Generates reports of real shape for benchmarks by recombining real sentences: a title, an overview with stated
 * totals, {@code （一）“…”方面} areas, unnumbered group lines, findings each followed by {@code 整改情况：①…②…}
 * measures with counts, and a plans part. Deterministic for a given seed. Sentences come from the text files
 * under a folder (the corpora, or the bundled examples), so nothing of them is copied into the product.
 */
public final class SyntheticReports {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[" + Punctuation.CHINESE_SENTENCE_ENDS + "])");
    private static final String CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩";
    private static final String CN = ReportPatterns.CN_DIGITS;

    private final List<String> sentences;
    private final SplittableRandom random;

    private SyntheticReports(List<String> sentences, long seed) {
        if (sentences.size() < 20) {
            throw new IllegalArgumentException("need at least 20 sentences to recombine, found " + sentences.size());
        }
        this.sentences = List.copyOf(sentences);
        this.random = new SplittableRandom(seed);
    }

    /**
     * Collects sentences (8 to 160 characters) from every UTF-8 .txt file under {@code dir}. Files in other
     * encodings (the GB18030 copies among the examples) are skipped: they repeat a UTF-8 file's text.
     */
    public static SyntheticReports fromFolder(Path dir, long seed) {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                List<String> lines;
                try {
                    lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                } catch (java.nio.charset.MalformedInputException e) {
                    continue;
                }
                for (String line : lines) {
                    for (String s : SENTENCE_END.split(line.strip())) {
                        String t = s.strip();
                        if (t.length() >= 8 && t.length() <= 160 && !t.contains("##")) {
                            out.add(t);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sentences under " + dir + ": " + e.getMessage(), e);
        }
        return new SyntheticReports(out, seed);
    }

    /** The sentences this generator recombines. */
    public List<String> sentences() {
        return sentences;
    }

    /** One report of roughly {@code findings} findings, for organisation number {@code org} and {@code year}. */
    public String report(int org, int year, int findings) {
        StringBuilder sb = new StringBuilder();
        sb.append("第").append(org).append("号单位").append(year).append("年巡察整改进展情况\n");
        sb.append(pick()).append('\n');
        sb.append("一、整改工作基本情况\n");
        int areas = Math.max(1, Math.min(5, findings / 6));
        sb.append("巡察组反馈意见指出存在").append(areas).append("个方面").append(findings).append("项问题，制定整改措施")
                .append(findings * 3).append("条。").append(pick()).append('\n');
        sb.append("二、反馈意见整改落实情况\n");
        int made = 0;
        for (int a = 0; a < areas; a++) {
            sb.append('（').append(CN.charAt(a % CN.length())).append('）').append('“').append(clause()).append("”方面\n");
            int here = a == areas - 1 ? findings - made : findings / areas;
            for (int g = 0; g < here; g++, made++) {
                if (g % 4 == 0) {
                    sb.append(clause()).append('\n');
                }
                sb.append(pick()).append('\n');
                sb.append("整改情况：");
                int measures = 2 + random.nextInt(4);
                for (int m = 0; m < measures; m++) {
                    sb.append(CIRCLED.charAt(m)).append(pick());
                    if (random.nextInt(3) == 0) {
                        sb.append("目前已完成").append(1 + random.nextInt(40)).append("项，其中").append("重点")
                                .append(1 + random.nextInt(9)).append("项。");
                    }
                }
                sb.append('\n');
            }
        }
        sb.append("三、下一步工作打算\n").append(pick()).append(pick()).append('\n');
        return sb.toString();
    }

    private String pick() {
        return sentences.get(random.nextInt(sentences.size()));
    }

    /** A short clause (up to the first comma) for headings. */
    private String clause() {
        String s = pick();
        int cut = s.indexOf('，');
        s = cut > 4 ? s.substring(0, cut) : s;
        s = s.replaceAll("[" + Punctuation.CHINESE_SENTENCE_ENDS + "]$", "");
        return s.length() > 30 ? s.substring(0, 30) : s;
    }
}
