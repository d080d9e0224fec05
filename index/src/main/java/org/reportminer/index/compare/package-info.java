/**
 * Comparison of one organisation's reports across years: problem taxonomy, organisation names, linking of
 * reworded findings, recurring-problem chains, year × category matrix, two-report diffs and copied text.
 */
package org.reportminer.index.compare;
