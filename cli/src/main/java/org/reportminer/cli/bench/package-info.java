/** The {@code bench} command and the generated data it measures on. */
package org.reportminer.cli.bench;
