/** The problem taxonomy that files each finding under a category, and the synonym table it folds wording with. */
package org.reportminer.pipeline.classify;
