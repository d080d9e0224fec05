package org.reportminer.cli.bench;

import java.util.Arrays;

/** Order statistics of measurements. */
final class Stats {
    private Stats() {
    }

    /** The {@code q}-quantile (nearest rank) of {@code values}; the array is sorted in place. */
    static double quantile(double[] values, double q) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        Arrays.sort(values);
        return values[Math.min(values.length - 1, Math.max(0, (int) Math.ceil(q * values.length) - 1))];
    }

    static double median(double[] values) {
        return quantile(values, 0.5);
    }
}
