/** Reads and writes reportminer values as JSON files and bytes; the only Jackson-aware code outside {@code json}. */
package org.reportminer.corpus.io;
