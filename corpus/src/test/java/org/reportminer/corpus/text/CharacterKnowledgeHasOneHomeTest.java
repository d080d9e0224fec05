package org.reportminer.corpus.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.reportminer.corpus.testing.SharedData;

/**
 * The genre's character knowledge (which characters are Han, where sentences end, which characters are numerals) is
 * defined once, in {@code corpus.text}; this test reads the main sources of all four modules and names every
 * definition found elsewhere as {@code file:line}.
 */
class CharacterKnowledgeHasOneHomeTest {

    private static final List<String> MODULES = List.of("corpus", "pipeline", "index", "cli");
    private static final Path HOME = Path.of("corpus", "src", "main", "java", "org", "reportminer", "corpus", "text");

    @Test
    void noMainSourceOutsideTheHomeDefinesAHanRangeASentenceEndSetOrANumeralSet() throws IOException {
        Path root = SharedData.repoRoot();
        List<String> offences = new ArrayList<>();
        int files = 0;
        for (String module : MODULES) {
            Path sources = root.resolve(module).resolve(Path.of("src", "main", "java"));
            assertTrue(Files.isDirectory(sources), "no sources at " + sources);
            List<Path> javaFiles;
            try (Stream<Path> walk = Files.walk(sources)) {
                javaFiles = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
            }
            for (Path file : javaFiles) {
                Path relative = root.relativize(file);
                if (relative.startsWith(HOME)) {
                    continue;
                }
                files++;
                String text = Files.readString(file, StandardCharsets.UTF_8);
                KnowledgeScanner.scan(text).forEach(f -> offences.add(relative + ":" + f));
            }
        }
        assertTrue(files > 100, "scanned only " + files + " files under " + root);
        if (!offences.isEmpty()) {
            fail("character knowledge defined outside corpus.text (use Han, Punctuation, Numerals, Layout):\n"
                    + String.join("\n", offences));
        }
    }

    @Test
    void theScannerFindsEachKindOfDefinitionAndNamesItsLine() {
        String source = String.join("\n",
                "class X {",
                "  // [\\u4e00-\\u9fa5] in a comment is fine, and so is 。！？",
                "  static final Pattern A = Pattern.compile(\"[\\\\u4e00-\\\\u9fa5]{2}\");",
                "  boolean b(char c) { return c >= 0x4E00 && c <= 0x9FFF; }",
                "  boolean c(int cp) { return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN; }",
                "  static final Pattern D = Pattern.compile(\"[\\\\p{IsHan}#]\");",
                "  static final Pattern E = Pattern.compile(\"[。！？；]+[”」]*\");",
                "  boolean f(char c) { return \"，；。！？：\\n\".indexOf(c) >= 0; }",
                "  boolean g(char c) { switch (c) { case '。', '！', '；': return true; default: return false; } }",
                "  static final Pattern H = Pattern.compile(\"[〇零一二三四五六七八九]{4}\");",
                "  static final String[] I = {\"一\", \"二\", \"三\"};",
                "  boolean j(char c) { return \"零〇一二两三\".indexOf(c) >= 0; }",
                "  static final Pattern K = Pattern.compile(\"[一-龥]+\");",
                "  boolean l(char c) { return c == '\\u3002' || c == '\\uFF01'; }",
                "  /* a block comment with 一二三四 and \\u9FFF",
                "     over two lines */ int m;",
                "}");
        List<String> found = KnowledgeScanner.scan(source).stream().map(f -> f.line() + " " + f.rule()).toList();
        assertEquals(List.of(
                "3 Han range", "4 Han range", "5 Han range", "6 Han range",
                "7 sentence-end set", "8 sentence-end set", "9 sentence-end set",
                "10 numeral set", "11 numeral set", "12 numeral set", "13 Han range", "14 sentence-end set"), found);
    }

    @Test
    void theScannerLeavesTheHomesConstantsProseAndSingleMarksAlone() {
        String source = String.join("\n",
                "class Y {",
                "  static final Pattern A = Pattern.compile(Han.CLASS + \"{2,8}[\" + Punctuation.COLONS + \"]\");",
                "  static final Pattern B = Pattern.compile(\"[\" + Punctuation.SENTENCE_ENDS + \"]+\");",
                "  static final String C = \"反馈问题一二三项：整改完成。是否？\";",
                "  boolean d(char c) { return c == '。' || c == '，'; }",
                "  static final Pattern E = Pattern.compile(\"(?:三会一课|八项规定)\");",
                "  static final Pattern F = Pattern.compile(\"[^，,。；;\\\\d]{0,8}\");",
                "  String g() { return \"x\" + '\\'' + \"y\"; }",
                "}");
        assertEquals(List.of(), KnowledgeScanner.scan(source));
    }
}
