package org.reportminer.corpus.store;

import java.util.List;

/**
 * The store's index file: a summary of every report, so listing and lookup by path need not read reports.
 * Derived data: rebuilt from the report files whenever it is missing, unreadable or out of step with them.
 *
 * @param version format version of the index file
 * @param reports one summary per stored report, sorted by id
 */
record StoreIndex(int version, List<ReportSummary> reports) {

    static final int VERSION = 1;

    StoreIndex {
        reports = List.copyOf(reports);
    }
}
