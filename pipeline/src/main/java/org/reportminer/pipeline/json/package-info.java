/** JSON readers of the pipeline's own inputs: the hand-written gold annotations that {@code eval} scores against. */
package org.reportminer.pipeline.json;
