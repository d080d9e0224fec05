/** Batch work behind the use cases: expanding inputs, reading and extracting files in parallel, the ingest job. */
package org.reportminer.cli.work;
