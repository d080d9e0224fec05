/** The heading hierarchy of official documents: lines, labels, levels and section roles. */
package org.reportminer.pipeline.structure;
