/**
 * The analysis of one report: {@link org.reportminer.pipeline.Stage}s over an
 * {@link org.reportminer.pipeline.AnnotatedDocument}, run and timed by a {@link org.reportminer.pipeline.Pipeline};
 * entry points {@link org.reportminer.pipeline.ReportExtractor} (text to extraction) and
 * {@link org.reportminer.pipeline.ReportAnalyser} (report to analysed report or problem), with the one metadata merge
 * {@link org.reportminer.pipeline.ReportMetadata}.
 */
package org.reportminer.pipeline;
