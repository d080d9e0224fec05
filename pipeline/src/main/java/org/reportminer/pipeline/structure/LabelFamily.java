package org.reportminer.pipeline.structure;

import java.util.regex.Pattern;
import org.reportminer.pipeline.patterns.ReportPatterns;

/** The numbering families of official documents, plus headings known only from layout. */
public enum LabelFamily {
    /** 一、 */
    CN_COMMA(ReportPatterns.LABEL_CN_COMMA, ReportPatterns.ENUM_CN_PAREN),
    /** （一） */
    CN_PAREN(ReportPatterns.LABEL_CN_PAREN, ReportPatterns.ENUM_CN_PAREN),
    /** （1） */
    ARABIC_PAREN(ReportPatterns.LABEL_ARABIC_PAREN, ReportPatterns.ENUM_ARABIC_PAREN),
    /** 1. 1、 1． */
    ARABIC(ReportPatterns.LABEL_ARABIC, ReportPatterns.ENUM_ARABIC),
    /** ① */
    CIRCLED(ReportPatterns.LABEL_CIRCLED, ReportPatterns.ENUM_CIRCLED),
    /** 第一， */
    ORDINAL(ReportPatterns.LABEL_ORDINAL, ReportPatterns.ENUM_ORDINAL),
    /** 一是 */
    SHI(ReportPatterns.LABEL_SHI, ReportPatterns.ENUM_SHI),
    /** An unnumbered heading inferred from layout. */
    LAYOUT(null, null);

    private final Pattern lineStart;
    private final Pattern inline;

    LabelFamily(Pattern lineStart, Pattern inline) {
        this.lineStart = lineStart;
        this.inline = inline;
    }

    /** The pattern that recognises this label at the start of a line ({@code lookingAt}); null for LAYOUT. */
    public Pattern lineStart() {
        return lineStart;
    }

    /** The pattern that finds this label inside a paragraph ({@code find}); null for LAYOUT. */
    public Pattern inline() {
        return inline;
    }

    /** The number a label of this family stands for: 三 → 3, ④ → 4, 12 → 12; 0 when it has none. */
    public static int ordinal(String digits) {
        if (digits == null || digits.isEmpty()) {
            return 0;
        }
        char c = digits.charAt(0);
        if (c >= '①' && c <= '⑳') {
            return c - '①' + 1;
        }
        return org.reportminer.pipeline.patterns.ChineseNumber.parse(digits).map(v -> v.intValue()).orElse(0);
    }
}
