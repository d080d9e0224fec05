/** The index schema: every Lucene field name and how each field is indexed. */
package org.reportminer.index.schema;
