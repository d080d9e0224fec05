/** Every regular expression of the pipeline, and numeral parsing: one home, documented and tested. */
package org.reportminer.pipeline.patterns;
