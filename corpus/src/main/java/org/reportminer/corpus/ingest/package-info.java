/**
 * Reads report files (text, Word, WPS, ODF, RTF, PDF, HTML/MHT via Apache Tika; OFD via ofdrw) into normalised
 * {@link org.reportminer.corpus.model.Report}s, or one-line {@link org.reportminer.corpus.model.Problem}s. The only
 * Tika-aware package.
 */
package org.reportminer.corpus.ingest;
