/** Extraction stages: counts, stated totals, findings and measures, metadata. */
package org.reportminer.pipeline.extract;
