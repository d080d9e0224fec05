/** Searches the report index: query parsing, filters, facets, highlighting and index statistics. */
package org.reportminer.index.search;
