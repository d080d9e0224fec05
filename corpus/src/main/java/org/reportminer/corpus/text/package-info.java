/**
 * The one home of what reportminer knows about Chinese characters and punctuation ({@link Han}, {@link Punctuation},
 * {@link Numerals}, {@link Traditional}, {@link Layout}) and the one loader of its editable list resources ({@link ResourceLines}); every
 * other module builds its character tests and regex classes from here.
 */
package org.reportminer.corpus.text;
