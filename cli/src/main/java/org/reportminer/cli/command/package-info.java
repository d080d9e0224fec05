/**
 * One class per {@code reportminer} subcommand: its options, one call of a {@link org.reportminer.cli.app} use case
 * and the rendering of what it returns. {@link org.reportminer.cli.command.BaseCommand} holds what they share.
 */
package org.reportminer.cli.command;
