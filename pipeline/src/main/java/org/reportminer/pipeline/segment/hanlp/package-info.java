/** The HanLP adapter: the only package that imports HanLP. */
package org.reportminer.pipeline.segment.hanlp;
