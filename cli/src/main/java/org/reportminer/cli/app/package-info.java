/**
 * The application layer: one typed use case per job (ingest, search, compare, extract, ledger, stats, reindex,
 * list and show), taking a request record and returning an outcome record. Use cases never print and never exit;
 * they report progress through a {@link org.reportminer.cli.app.ProgressListener}, so the command line and a web
 * front end call the same code.
 */
package org.reportminer.cli.app;
