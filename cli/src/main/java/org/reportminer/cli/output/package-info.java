/** Terminal and JSON output for the command line. */
package org.reportminer.cli.output;
