package org.reportminer.pipeline.patterns;

import java.math.BigDecimal;
import java.util.Optional;
import org.reportminer.corpus.text.Numerals;

/**
 * Parses the numbers official reports write: Arabic ({@code 1200}, {@code 80.6}, {@code 1,200}), Chinese
 * ({@code 三十五}, {@code 一百零二}, {@code 两千}, and the financial forms {@code 贰拾叁}), mixed with 万/亿 multipliers
 * ({@code 1.2万}, {@code 2.5万亿}, {@code 十二万}). The one home of numeral parsing; the numeral characters and their
 * values come from {@link Numerals}. Masked digits ({@code *}) are not numbers: {@link #parse} returns
 * empty for them. Stateless and thread-safe.
 */
public final class ChineseNumber {

    private static final BigDecimal WAN = BigDecimal.valueOf(10_000L);
    private static final BigDecimal YI = BigDecimal.valueOf(100_000_000L);

    private ChineseNumber() {
    }

    /** The value of {@code text}, or empty when it is masked, blank or not a number. */
    public static Optional<BigDecimal> parse(String text) {
        if (text == null || text.isBlank() || text.indexOf('*') >= 0) {
            return Optional.empty();
        }
        String s = text.strip().replace(",", "");
        BigDecimal multiplier = BigDecimal.ONE;
        if (s.endsWith("万亿")) {
            multiplier = WAN.multiply(YI);
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("亿") && isArabic(s.substring(0, s.length() - 1))) {
            multiplier = YI;
            s = s.substring(0, s.length() - 1);
        } else if (s.endsWith("万") && isArabic(s.substring(0, s.length() - 1))) {
            multiplier = WAN;
            s = s.substring(0, s.length() - 1);
        }
        if (s.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal base;
        if (isArabic(s)) {
            base = new BigDecimal(s);
        } else {
            Long v = parseChinese(s);
            if (v == null) {
                return Optional.empty();
            }
            base = BigDecimal.valueOf(v);
        }
        return Optional.of(strip(base.multiply(multiplier)));
    }

    /** The value of {@code text}; throws when it is masked or not a number. */
    public static BigDecimal expect(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("not a number: '" + text + "'"));
    }

    private static BigDecimal strip(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static boolean isArabic(String s) {
        if (s.isEmpty()) {
            return false;
        }
        boolean dot = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.') {
                if (dot || i == 0 || i == s.length() - 1) {
                    return false;
                }
                dot = true;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The value of a Chinese digit; -1 for anything else, ASCII and full-width digits included. */
    private static int digit(char c) {
        return Numerals.isChineseNumeral(c) ? Numerals.digit(c) : -1;
    }

    private static long unit(char c) {
        return Numerals.unit(c);
    }

    /** Chinese numerals with 十百千 inside sections and 万/亿 between them; null when malformed. */
    private static Long parseChinese(String s) {
        if (digit(s.charAt(0)) < 0 && unit(s.charAt(0)) != 10) {
            return null;
        }
        long total = 0;
        long section = 0;
        long number = 0;
        boolean any = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                number = d;
                any = true;
                continue;
            }
            long u = unit(c);
            if (u < 0) {
                return null;
            }
            any = true;
            if (u >= 10_000) {
                section = (section + number) * u;
                total += section;
                section = 0;
            } else {
                section += (number == 0 && u == 10 ? 1 : number) * u;
            }
            number = 0;
        }
        return any ? total + section + number : null;
    }
}
