/** Lucene index of reports, findings, measures and counts. */
package org.reportminer.index;
