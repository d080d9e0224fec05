/** JSON form of extractions (the only Jackson-aware package of the pipeline). */
package org.reportminer.pipeline.json;
