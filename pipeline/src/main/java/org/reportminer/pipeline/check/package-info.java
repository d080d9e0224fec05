/** Consistency checks of an extraction: numbering, breakdowns, stated totals, rates. */
package org.reportminer.pipeline.check;
