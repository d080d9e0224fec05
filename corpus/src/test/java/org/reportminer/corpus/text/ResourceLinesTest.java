package org.reportminer.corpus.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResourceLinesTest {

    @Test
    void aBundledListKeepsStrippedLinesWithTheirNumbersAndDropsBomCommentsAndBlanks() {
        ResourceLines list = ResourceLines.bundled(ResourceLinesTest.class, "sample-list.txt");
        assertEquals("sample-list.txt", list.source());
        assertEquals(List.of("alpha", "beta: 1，2, 3", "[one]", "gamma", "[two]", "delta"), list.texts());
        assertEquals(List.of(3, 5, 6, 7, 8, 9), list.lines().stream().map(ResourceLines.Line::number).toList());
    }

    @Test
    void aMissingBundledListIsAPackagingErrorNamingTheResource() {
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> ResourceLines.bundled(ResourceLinesTest.class, "nope.txt"));
        assertTrue(e.getMessage().contains("nope.txt") && e.getMessage().contains("should always be present"),
                e.getMessage());
    }

    @Test
    void aUserFileWithABomIsReadLikeAnyOther(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("terms.txt");
        Files.write(f, "\uFEFF三会一课\r\n#x\r\n八项规定\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(List.of("三会一课", "八项规定"), ResourceLines.file(f).texts());
    }

    @Test
    void aUserFileThatIsNotUtf8FailsInOneLineNamingTheFile(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("gbk.txt");
        Files.write(f, "三会一课\n".getBytes(java.nio.charset.Charset.forName("GBK")));
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> ResourceLines.file(f));
        assertEquals(f + ": not UTF-8 text; save the file as UTF-8", e.getMessage());
        UncheckedIOException missing = assertThrows(UncheckedIOException.class,
                () -> ResourceLines.file(dir.resolve("none.txt")));
        assertTrue(missing.getMessage().startsWith(dir.resolve("none.txt") + ": cannot read: "), missing.getMessage());
    }

    @Test
    void keyedLinesSplitOnEitherColonAndEitherCommaAndErrorsNameTheLine() {
        Map<String, List<String>> keyed = ResourceLines.of("t.txt", List.of("# c", "a： x，y", "b: z")).keyed();
        assertEquals(Map.of("a", List.of("x", "y"), "b", List.of("z")), keyed);
        assertEquals(List.of("a", "b"), List.copyOf(keyed.keySet()), "insertion order");
        IllegalArgumentException noKey = assertThrows(IllegalArgumentException.class,
                () -> ResourceLines.of("t.txt", List.of("a: x", "", "just words")).keyed());
        assertEquals("t.txt:3: expected 'key: value, value' but got 'just words'", noKey.getMessage());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> ResourceLines.of("t.txt", List.of("a: x", "a: y")).keyed());
        assertEquals("t.txt:2: key 'a' appears twice", twice.getMessage());
    }

    @Test
    void aSectionHoldsTheLinesUnderItsHeaderUpToTheNextOne() {
        ResourceLines list = ResourceLines.bundled(ResourceLinesTest.class, "sample-list.txt");
        assertEquals(List.of("gamma"), list.section("one").texts());
        assertEquals(List.of(9), list.section("two").lines().stream().map(ResourceLines.Line::number).toList());
        assertEquals(List.of(), list.section("three").texts());
    }
}
