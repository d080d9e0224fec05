/** Text as compared: sentence and paragraph splitting, width and number folding, and the editable list resources. */
package org.reportminer.pipeline.text;
