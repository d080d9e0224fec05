/** Immutable records describing reports, their provenance and everything extracted from them. */
package org.reportminer.corpus.model;
