package org.reportminer.corpus.text;

/**
 * The Chinese numeral characters and their values: the one home of every numeral set. Regexes build their classes
 * from the constants ({@code "[" + Numerals.ONE_TO_NINE + Numerals.TEN + "]"}); parsers take values from
 * {@link #digit} and {@link #unit}.
 *
 * <ul>
 *   <li>digits: {@code 〇 零 一 二 三 四 五 六 七 八 九}, with {@code 两} for two before a unit or a classifier
 *       ({@code 两千}, {@code 两个});</li>
 *   <li>units: {@code 十 百 千} inside a section, {@code 万 亿} between sections;</li>
 *   <li>financial forms (大写) as in amounts: {@code 壹 贰 叁 肆 伍 陆 柒 捌 玖}, {@code 拾 佰 仟};</li>
 *   <li>full-width digits {@code ０}–{@code ９} (U+FF10–U+FF19).</li>
 * </ul>
 */
public final class Numerals {

    /** The zero written in words and in numbers: {@code 零}. */
    public static final char LING = '零';
    /** The zero written only in numbers ({@code 二〇二三年}): U+3007, script Han, see {@link Han#isWordCharacter}. */
    public static final char CIRCLE_ZERO = '〇';
    /** Both zeros. */
    public static final String ZEROS = "" + CIRCLE_ZERO + LING;
    /** The digits one to nine as numbers and labels write them ({@code 一、}, {@code （三）}, {@code 五是}). */
    public static final String ONE_TO_NINE = "一二三四五六七八九";
    /** Every plain digit, both zeros first: {@code 〇零一二三四五六七八九}. */
    public static final String DIGITS = ZEROS + ONE_TO_NINE;
    /** Two before a unit or a classifier ({@code 两千}, {@code 两个}); not used in labels. */
    public static final char LIANG = '两';
    /** Ten, the one unit that also stands alone in labels ({@code 十、}, {@code 第十}). */
    public static final char TEN = '十';
    /** Units inside a section of four digits: {@code 十百千}. */
    public static final String SMALL_UNITS = "十百千";
    /** Units between sections: {@code 万} (10^4) and {@code 亿} (10^8). */
    public static final String LARGE_UNITS = "万亿";
    /** Financial (大写) digits one to nine: {@code 壹贰叁肆伍陆柒捌玖}. */
    public static final String FINANCIAL_DIGITS = "壹贰叁肆伍陆柒捌玖";
    /** Financial (大写) units: {@code 拾佰仟}. */
    public static final String FINANCIAL_UNITS = "拾佰仟";
    /** The full-width digits {@code ０}–{@code ９}. */
    public static final String FULL_WIDTH_DIGITS = "０１２３４５６７８９";

    private Numerals() {
    }

    /**
     * The value of a digit character: {@code 〇 零} 0, {@code 一 壹} 1, {@code 二 两 贰} 2 … {@code 九 玖} 9, ASCII and
     * full-width digits likewise; -1 for anything else, units included.
     */
    public static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= FULL_WIDTH_DIGITS.charAt(0) && c <= FULL_WIDTH_DIGITS.charAt(9)) {
            return c - FULL_WIDTH_DIGITS.charAt(0);
        }
        if (c == CIRCLE_ZERO || c == LING) {
            return 0;
        }
        if (c == LIANG) {
            return 2;
        }
        int i = ONE_TO_NINE.indexOf(c);
        if (i >= 0) {
            return i + 1;
        }
        i = FINANCIAL_DIGITS.indexOf(c);
        return i >= 0 ? i + 1 : -1;
    }

    /**
     * The value of a unit character: {@code 十 拾} 10, {@code 百 佰} 100, {@code 千 仟} 1000, {@code 万} 10^4,
     * {@code 亿} 10^8; -1 for anything else.
     */
    public static long unit(char c) {
        int i = SMALL_UNITS.indexOf(c);
        if (i < 0) {
            i = FINANCIAL_UNITS.indexOf(c);
        }
        if (i >= 0) {
            return i == 0 ? 10 : i == 1 ? 100 : 1000;
        }
        return c == LARGE_UNITS.charAt(0) ? 10_000L : c == LARGE_UNITS.charAt(1) ? 100_000_000L : -1;
    }

    /** Whether {@code c} is a Chinese numeral character: a digit (either zero, {@code 两}, financial) or a unit. */
    public static boolean isChineseNumeral(char c) {
        return (digit(c) >= 0 && !(c >= '0' && c <= '9') && FULL_WIDTH_DIGITS.indexOf(c) < 0) || unit(c) > 0;
    }
}
