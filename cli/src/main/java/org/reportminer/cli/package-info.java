/** The {@code reportminer} command line: root command, exit codes and in-process wiring. */
package org.reportminer.cli;
