package org.reportminer.pipeline.structure;

import java.util.regex.Pattern;
import org.reportminer.pipeline.patterns.ReportPatterns;

/** The numbering families of official documents, plus headings known only from layout. */
public enum LabelFamily {
    /** 一、 */
    CN_COMMA(ReportPatterns.LABEL_CN_COMMA, ReportPatterns.ENUM_CN_PAREN, ReportPatterns.ENUM_CN_PAREN_AFTER_COMMA),
    /** （一） */
    CN_PAREN(ReportPatterns.LABEL_CN_PAREN, ReportPatterns.ENUM_CN_PAREN, ReportPatterns.ENUM_CN_PAREN_AFTER_COMMA),
    /** （1） */
    ARABIC_PAREN(ReportPatterns.LABEL_ARABIC_PAREN, ReportPatterns.ENUM_ARABIC_PAREN,
            ReportPatterns.ENUM_ARABIC_PAREN_AFTER_COMMA),
    /** 1. 1、 1． */
    ARABIC(ReportPatterns.LABEL_ARABIC, ReportPatterns.ENUM_ARABIC, ReportPatterns.ENUM_ARABIC_AFTER_COMMA),
    /** ① (found anywhere inline: no weaker form) */
    CIRCLED(ReportPatterns.LABEL_CIRCLED, ReportPatterns.ENUM_CIRCLED, null),
    /** 第一， */
    ORDINAL(ReportPatterns.LABEL_ORDINAL, ReportPatterns.ENUM_ORDINAL, ReportPatterns.ENUM_ORDINAL_AFTER_COMMA),
    /** 一是 (already found after commas: no weaker form) */
    SHI(ReportPatterns.LABEL_SHI, ReportPatterns.ENUM_SHI, null),
    /** An unnumbered heading inferred from layout. */
    LAYOUT(null, null, null);

    private final Pattern lineStart;
    private final Pattern inline;
    private final Pattern afterComma;

    LabelFamily(Pattern lineStart, Pattern inline, Pattern afterComma) {
        this.lineStart = lineStart;
        this.inline = inline;
        this.afterComma = afterComma;
    }

    /**
     * The pattern that finds this label after a comma mid-sentence ({@code find}), where it is an item only if it
     * continues the sequence; null when {@link #inline()} already covers that position.
     */
    public Pattern afterComma() {
        return afterComma;
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
