/** One class per {@code reportminer} subcommand. */
package org.reportminer.cli.command;
