/** Scores extraction against gold written by reading real reports: the numbers behind {@code reportminer eval}. */
package org.reportminer.pipeline.eval;
