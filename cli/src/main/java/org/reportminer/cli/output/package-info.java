/** Terminal and JSON output for the command line: tables, renderers of use-case outcomes, progress on stderr. */
package org.reportminer.cli.output;
