/** The rectification ledger (整改台账): rows per measure, written as CSV or XLSX. */
package org.reportminer.pipeline.ledger;
