/**
 * Comparison of one organisation's reports across years: organisation names, linking of reworded findings,
 * recurring-problem chains, year × category matrix, two-report diffs and copied text. The taxonomy it files findings
 * under is {@link org.reportminer.pipeline.classify.ProblemTaxonomy}; problem sentences of reports without findings
 * come from {@link org.reportminer.pipeline.extract.ProblemSentenceExtractor}.
 */
package org.reportminer.index.compare;
