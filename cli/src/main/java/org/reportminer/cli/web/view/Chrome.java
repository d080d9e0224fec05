package org.reportminer.cli.web.view;

/**
 * What the layout of every page needs.
 *
 * @param title the page title
 * @param nav   the active navigation entry: {@code library}, {@code search} or {@code compare}
 * @param csrf  the CSRF token forms and scripts send back
 */
public record Chrome(String title, String nav, String csrf) {
}
