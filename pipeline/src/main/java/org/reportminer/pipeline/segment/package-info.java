/** Word segmentation with offsets, behind an interface that keeps HanLP out of other packages. */
package org.reportminer.pipeline.segment;
