package org.reportminer.cli.app;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportminer.cli.CliException;
import org.reportminer.cli.ExitCodes;

/**
 * A year or an inclusive range of years as typed on the command line: {@code 2021} or {@code 2019..2023}
 * (not {@code 21}, not {@code 2019-2023}).
 *
 * @param from the first year, inclusive
 * @param to   the last year, inclusive
 */
public record YearRange(int from, int to) {
    /** Every year: no filter. */
    public static final YearRange ALL = new YearRange(Integer.MIN_VALUE, Integer.MAX_VALUE);

    private static final Pattern YEARS = Pattern.compile("(\\d{4})(?:\\.\\.(\\d{4}))?");

    /**
     * @param option the option's name, for the message ({@code --year})
     * @param value  what the user typed
     * @throws CliException a usage error naming the option and the expected form
     */
    public static YearRange parse(String option, String value) {
        Matcher m = YEARS.matcher(value.trim());
        if (!m.matches()) {
            throw new CliException(ExitCodes.USAGE, option + " " + value + ": expected YEAR or FROM..TO, e.g. 2019..2023");
        }
        int from = Integer.parseInt(m.group(1));
        int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
        if (from > to) {
            throw new CliException(ExitCodes.USAGE, option + " " + value + ": the range is empty");
        }
        return new YearRange(from, to);
    }

    /** Whether {@code year} lies in the range. */
    public boolean contains(int year) {
        return from <= year && year <= to;
    }
}
