/** Human-readable renderings of an extraction. */
package org.reportminer.pipeline.render;
