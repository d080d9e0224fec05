package org.reportminer.cli.web;

import org.reportminer.corpus.ingest.MetadataOverrides;

/** The metadata form (org, year, kind) as the Metadata use case takes it; empty fields mean "as extracted". */
final class MetadataForm {
    private MetadataForm() {
    }

    /**
     * @throws IllegalArgumentException a value breaks a limit or the year is not a number; the message says which,
     *                                  in Chinese first
     */
    static MetadataOverrides parse(String org, String year, String kind) {
        Integer y = null;
        if (year != null && !year.isBlank()) {
            try {
                y = Integer.valueOf(year.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("年份应为四位数字：" + year.strip(), e);
            }
        }
        try {
            return new MetadataOverrides(blankToNull(org), y, blankToNull(kind));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("元数据无效：" + e.getMessage(), e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
