/** Applies a user's corrections (an overlay stored beside the report) to an extraction, re-attaching them by span and text. */
package org.reportminer.pipeline.correct;
