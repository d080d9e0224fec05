/** Batch work shared by commands: expanding inputs, reading and extracting files in parallel. */
package org.reportminer.cli.work;
