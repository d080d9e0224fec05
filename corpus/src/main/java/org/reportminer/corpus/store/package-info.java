/** The embedded report store: one JSON file per report in a directory, keyed by content hash, written atomically. */
package org.reportminer.corpus.store;
