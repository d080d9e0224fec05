/** Writes reports into the Lucene index, one document per report, section, finding, measure and count. */
package org.reportminer.index.write;
