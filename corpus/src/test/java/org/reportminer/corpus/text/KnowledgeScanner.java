package org.reportminer.corpus.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds character knowledge defined outside its home in Java source text: a Han range, a sentence-end set or a
 * Chinese numeral set. Works on the text alone (a small lexer separates code, comments and literals), so it needs no
 * compiler and sees every module.
 *
 * <ul>
 *   <li>Han range: in code outside comments, a bound of a Han block ({@code \u4e00}, {@code 0x9FFF},
 *       {@code \x{20000}} …), {@code UnicodeScript.HAN}, {@code \p{IsHan}} in any spelling, {@code InCJK…},
 *       {@code isIdeographic}, or a literal range between two Han characters ({@code 一-龥}).</li>
 *   <li>Sentence-end set: a set holding {@code 。} and {@code ！} or {@code ？}.</li>
 *   <li>Numeral set: a set holding three or more distinct Chinese numerals ({@code 〇零一二两…十百千万亿}, financial
 *       forms).</li>
 * </ul>
 * A set is a regex class inside a string literal ({@code [。！？]}), a literal made only of punctuation or only of
 * numerals, or the literals of one line that are each only punctuation or only numerals ({@code case '。', '！'},
 * {@code {"一", "二", "三"}}).
 */
final class KnowledgeScanner {

    /** One offence: 1-based line, the rule broken and the text that broke it. */
    record Finding(int line, String rule, String text) {
        @Override
        public String toString() {
            return line + ": " + rule + ": " + text;
        }
    }

    static final String HAN_RANGE = "Han range";
    static final String SENTENCE_ENDS = "sentence-end set";
    static final String NUMERALS = "numeral set";

    private static final Pattern HAN_BOUND = Pattern.compile(
            "\\\\u(?:2e80|3400|4dbf|4e00|9fa5|9fa6|9fbb|9fcc|9fd5|9fea|9fef|9fff|f900|faff)"
                    + "|\\b0x(?:2e80|3400|4dbf|4e00|9fa5|9fff|f900|faff|20000|2a6df|2a700|2b740|2b820|2ceb0|2f800|30000)\\b"
                    + "|\\\\x\\{(?:2e80|3400|4dbf|4e00|9fa5|9fff|f900|faff|20000|2a6df|30000)\\}"
                    + "|UnicodeScript\\.HAN\\b|\\\\p\\{(?:Is|script=|sc=)?Han\\}|\\{InCJK|CJK_UNIFIED_IDEOGRAPHS"
                    + "|isIdeographic",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CLASS = Pattern.compile("\\[\\^?((?:\\\\.|[^\\]\\\\])+)]");
    private static final Pattern HAN_CHAR_RANGE = Pattern.compile("([\\x{3400}-\\x{9FFF}])-([\\x{3400}-\\x{9FFF}])");
    private static final Pattern REGEX_ESCAPE = Pattern.compile("\\\\[A-Za-z]");
    private static final String CHINESE_NUMERALS = "〇零一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟";

    private KnowledgeScanner() {
    }

    /** Every offence in one Java source text, in line order. */
    static List<Finding> scan(String source) {
        // Han bounds are looked for as written (\u4e00), sets after the compiler's unicode-escape pass ('\u3002' is 。)
        Lexed asWritten = lex(source);
        Lexed lexed = lex(decodeUnicodeEscapes(source));
        List<Finding> out = new ArrayList<>();
        String[] codeLines = asWritten.code.toString().split("\n", -1);
        for (int i = 0; i < codeLines.length; i++) {
            Matcher m = HAN_BOUND.matcher(codeLines[i]);
            if (m.find()) {
                out.add(new Finding(i + 1, HAN_RANGE, m.group()));
            }
        }
        for (int line = 1; line <= codeLines.length; line++) {
            List<String> sets = new ArrayList<>();
            StringBuilder punctuationParts = new StringBuilder();
            StringBuilder numeralParts = new StringBuilder();
            for (Literal l : lexed.literals) {
                if (l.line != line) {
                    continue;
                }
                Matcher c = CLASS.matcher(l.text);
                while (c.find()) {
                    sets.add(c.group(1));
                }
                String bare = REGEX_ESCAPE.matcher(l.text).replaceAll("");
                if (!bare.isEmpty() && bare.codePoints().noneMatch(Character::isLetterOrDigit)) {
                    punctuationParts.append(bare);
                }
                if (!l.text.isEmpty() && l.text.chars().allMatch(ch -> CHINESE_NUMERALS.indexOf(ch) >= 0)) {
                    numeralParts.append(l.text);
                }
                Matcher r = HAN_CHAR_RANGE.matcher(l.text);
                while (r.find()) {
                    if (r.group(2).codePointAt(0) - r.group(1).codePointAt(0) > 1000) {
                        out.add(new Finding(line, HAN_RANGE, r.group()));
                    }
                }
            }
            sets.add(punctuationParts.toString());
            sets.add(numeralParts.toString());
            for (String set : sets) {
                if (set.indexOf('。') >= 0 && (set.indexOf('！') >= 0 || set.indexOf('？') >= 0)) {
                    out.add(new Finding(line, SENTENCE_ENDS, set));
                }
                Set<Character> numerals = new LinkedHashSet<>();
                for (char ch : set.toCharArray()) {
                    if (CHINESE_NUMERALS.indexOf(ch) >= 0) {
                        numerals.add(ch);
                    }
                }
                if (numerals.size() >= 3) {
                    out.add(new Finding(line, NUMERALS, set));
                }
            }
        }
        // one offence per line and rule is enough to point at it
        Set<String> seen = new LinkedHashSet<>();
        return out.stream().sorted((a, b) -> Integer.compare(a.line(), b.line()))
                .filter(f -> seen.add(f.line() + " " + f.rule())).toList();
    }

    /** Java unicode escapes ({@code \u3002}) as the compiler reads them: only after an even run of backslashes. */
    static String decodeUnicodeEscapes(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\') {
                int run = 0;
                while (i + run < s.length() && s.charAt(i + run) == '\\') {
                    run++;
                }
                // the last backslash of an odd run may start an escape; the others stand for themselves
                b.append("\\".repeat(run - 1));
                i += run - 1;
                if (run % 2 == 1 && i + 1 < s.length() && s.charAt(i + 1) == 'u') {
                    int j = i + 1;
                    while (j < s.length() && s.charAt(j) == 'u') {
                        j++;
                    }
                    if (j + 4 <= s.length() && s.substring(j, j + 4).matches("[0-9A-Fa-f]{4}")) {
                        char decoded = (char) Integer.parseInt(s.substring(j, j + 4), 16);
                        // an escaped line break must not shift the line numbers
                        b.append(decoded == '\n' || decoded == '\r' ? ' ' : decoded);
                        i = j + 4;
                        continue;
                    }
                }
                b.append('\\');
                i++;
                continue;
            }
            b.append(c);
            i++;
        }
        return b.toString();
    }

    private record Literal(int line, String text) {
    }

    private record Lexed(StringBuilder code, List<Literal> literals) {
    }

    /** Splits source into code (comments blanked, literals kept as written) and the decoded literals. */
    private static Lexed lex(String s) {
        StringBuilder code = new StringBuilder(s.length());
        List<Literal> literals = new ArrayList<>();
        int line = 1;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '/') {
                while (i < s.length() && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '*') {
                int end = s.indexOf("*/", i + 2);
                end = end < 0 ? s.length() : end + 2;
                for (int k = i; k < end; k++) {
                    if (s.charAt(k) == '\n') {
                        code.append('\n');
                        line++;
                    }
                }
                i = end;
            } else if (c == '"' || c == '\'') {
                boolean textBlock = c == '"' && s.startsWith("\"\"\"", i);
                String close = textBlock ? "\"\"\"" : String.valueOf(c);
                int j = i + close.length();
                StringBuilder lit = new StringBuilder();
                while (j < s.length() && !s.startsWith(close, j)) {
                    char d = s.charAt(j);
                    if (d == '\\' && j + 1 < s.length()) {
                        lit.append(unescape(s.charAt(j + 1)));
                        j += 2;
                        continue;
                    }
                    if (d == '\n' && !textBlock) {
                        break; // unterminated: not a literal after all
                    }
                    lit.append(d);
                    j++;
                }
                int end = Math.min(s.length(), j + close.length());
                String raw = s.substring(i, end);
                literals.add(new Literal(line, lit.toString()));
                code.append(raw);
                line += (int) raw.chars().filter(ch -> ch == '\n').count();
                i = end;
            } else {
                code.append(c);
                if (c == '\n') {
                    line++;
                }
                i++;
            }
        }
        return new Lexed(code, literals);
    }

    /** The character a Java string escape stands for; regex escapes keep their backslash. */
    private static String unescape(char c) {
        return switch (c) {
            case 'n' -> "\n";
            case 't' -> "\t";
            case 'r' -> "\r";
            case '"', '\'' -> String.valueOf(c);
            case '\\' -> "\\";
            default -> "\\" + c;
        };
    }
}
