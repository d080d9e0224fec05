/** The one place that builds and configures the Jackson {@code ObjectMapper} for reportminer's JSON contract. */
package org.reportminer.corpus.json;
