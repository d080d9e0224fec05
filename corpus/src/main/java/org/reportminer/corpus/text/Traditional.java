package org.reportminer.corpus.text;

/**
 * Traditional forms of the characters that numbers and their units are written with ({@code 萬 億 兩}, {@code 項 個
 * 處 條 場 筆 …}), folded one character to one character onto the simplified forms the rest of the knowledge is
 * written in. Reports from Hong Kong and Macao, older scans and some converted PDFs write {@code 12項}, {@code 3個單位},
 * {@code 1.2萬元}; counting folds them first and reports the original characters.
 *
 * <p>The fold maps one char to one char, so offsets into the folded text are offsets into the original. Only
 * characters that occur in numbers, units and the words around them are here: this is not a general converter.
 */
public final class Traditional {

    /** Traditional characters, each at the same index as its simplified form in {@link #SIMPLIFIED}. */
    static final String TRADITIONAL =
            "萬億兩貳參陸"                       // numerals (壹 叁 肆 伍 柒 捌 玖 拾 佰 仟 are the same in both)
                    + "個項處條場筆門輛臺張種類間屆戶噸畝歲層組週頁棟冊點級輪節隻顆塊"   // classifiers
                    + "時學課";                 // in two-character units: 小時, 學時, 課時
    /** The simplified forms, index for index. */
    static final String SIMPLIFIED =
            "万亿两贰叁陆"
                    + "个项处条场笔门辆台张种类间届户吨亩岁层组周页栋册点级轮节只颗块"
                    + "时学课";

    private Traditional() {
    }

    /** The simplified form of {@code c} when it is one of the folded traditional characters, else {@code c}. */
    public static char fold(char c) {
        if (c < 0x4E00) {
            return c;
        }
        int i = TRADITIONAL.indexOf(c);
        return i < 0 ? c : SIMPLIFIED.charAt(i);
    }

    /** {@code text} with every folded character replaced; the same length, and {@code text} itself when none is. */
    public static String fold(String text) {
        char[] out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char f = fold(c);
            if (f != c) {
                if (out == null) {
                    out = text.toCharArray();
                }
                out[i] = f;
            }
        }
        return out == null ? text : new String(out);
    }
}
