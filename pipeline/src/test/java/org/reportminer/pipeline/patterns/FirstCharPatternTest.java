package org.reportminer.pipeline.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.reportminer.corpus.testing.SharedData;

/**
 * Every {@link FirstCharPattern} the extractors use finds exactly what its pattern's own {@code find()} finds: the
 * same spans and groups, on every real report we have and on random text dense with numbers, units and the words
 * stated totals open with. A first-character set that misses a start fails here.
 */
class FirstCharPatternTest {

    @Test
    void everyDeclaredFinderMatchesWhatFindMatchesOnTheRealReports() {
        Map<String, FirstCharPattern> finders = declaredFinders();
        assertTrue(finders.size() >= 9, "finders: " + finders.keySet());
        List<String> texts = realTexts();
        assertTrue(texts.size() >= 83, "texts: " + texts.size());
        int matches = 0;
        for (Map.Entry<String, FirstCharPattern> e : finders.entrySet()) {
            for (String text : texts) {
                matches += assertSameMatches(e.getKey(), e.getValue(), text);
            }
        }
        assertTrue(matches > 10_000, "too few matches to prove anything: " + matches);
    }

    @Test
    void everyDeclaredFinderMatchesWhatFindMatchesOnRandomNumberDenseText() {
        String[] pieces = {"1", "23", "4.5", "1,200", "*", "**", "一", "两", "十", "三十五", "百", "千", "万", "亿", "多",
            "余", "个", "项", "条", "次", "名", "人", "起", "方面", "个方面", "问题", "反馈", "指出", "查找出", "提出",
            "意见建议", "整改措施", "制定", "已完成整改", "已整改", "正在整改", "整改完成率", "%", "的", "，", "。", "\n",
            " ", "年", "第", "艘", "眼", "万辆", "/年", "项目", "其中", "具体", "一起", "起来", "GB", "x"};
        Random random = new Random(20261128L);
        Map<String, FirstCharPattern> finders = declaredFinders();
        int matches = 0;
        for (int n = 0; n < 400; n++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(60);
            for (int i = 0; i < length; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            for (Map.Entry<String, FirstCharPattern> e : finders.entrySet()) {
                matches += assertSameMatches(e.getKey(), e.getValue(), text.toString());
            }
        }
        assertTrue(matches > 1_000, "too few matches to prove anything: " + matches);
    }

    @Test
    void aLookbehindSeesTheTextBeforeTheCandidate() {
        // TOTAL_SUGGESTIONS is (?<=提出)…: anchored at the number, the finder must still see 提出 before it
        FirstCharPattern finder = CountPatterns.TOTAL_SUGGESTIONS_FINDER;
        FirstCharPattern.Finder f = finder.finder("共提出5项意见建议，另有3项意见建议");
        assertTrue(f.find());
        assertEquals("5项意见建议", f.matcher().group());
        assertEquals(3, f.matcher().start());
        assertFalse(f.find(), "3项 has no 提出 before it");
    }

    @Test
    void aPatternThatCanMatchNothingIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> FirstCharPattern.of(Pattern.compile("a*"), "a"));
    }

    /** Asserts the finder and {@code find()} agree on {@code text}; returns how many matches there were. */
    private static int assertSameMatches(String name, FirstCharPattern finder, String text) {
        List<String> expected = new ArrayList<>();
        Matcher m = finder.pattern().matcher(text);
        while (m.find()) {
            expected.add(describe(m));
        }
        List<String> actual = new ArrayList<>();
        FirstCharPattern.Finder f = finder.finder(text);
        while (f.find()) {
            actual.add(describe(f.matcher()));
        }
        assertEquals(expected, actual, name + " on " + (text.length() > 80 ? text.substring(0, 80) + "…" : text));
        return expected.size();
    }

    private static String describe(Matcher m) {
        StringBuilder s = new StringBuilder().append(m.start()).append('-').append(m.end());
        for (int g = 1; g <= m.groupCount(); g++) {
            s.append('|').append(m.start(g)).append(':').append(m.group(g));
        }
        return s.toString();
    }

    private static Map<String, FirstCharPattern> declaredFinders() {
        Map<String, FirstCharPattern> out = new LinkedHashMap<>();
        for (Class<?> holder : List.of(CountPatterns.class, ReportPatterns.class)) {
            for (Field field : holder.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == FirstCharPattern.class) {
                    try {
                        out.put(holder.getSimpleName() + "." + field.getName(), (FirstCharPattern) field.get(null));
                    } catch (IllegalAccessException e) {
                        throw new AssertionError(e);
                    }
                }
            }
        }
        return out;
    }

    private static String lenient(Path p) {
        try {
            return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> realTexts() {
        List<String> texts = new ArrayList<>();
        for (Path p : SharedData.corpusFiles()) {
            texts.add(SharedData.read(p));
        }
        for (Path dir : List.of(SharedData.seeds(), SharedData.root().resolve("realworld"), SharedData.examples())) {
            try (Stream<Path> files = Files.walk(dir)) {
                // any decoding will do (some examples are GB18030): the two searches only have to agree on it
                files.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(p -> texts.add(lenient(p)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return texts;
    }
}
