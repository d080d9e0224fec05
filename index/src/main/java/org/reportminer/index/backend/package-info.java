/** The backend seam: one interface for writing and searching report documents, embedded Lucene or SolrCloud. */
package org.reportminer.index.backend;
