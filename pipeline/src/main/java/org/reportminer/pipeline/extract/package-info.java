/** Extractors the stages use: counts, stated totals, findings and measures, metadata, and problem sentences. */
package org.reportminer.pipeline.extract;
