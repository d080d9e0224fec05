/** Extraction of structure, findings, measures and counts from report text; entry point {@link org.reportminer.pipeline.ReportExtractor}. */
package org.reportminer.pipeline;
