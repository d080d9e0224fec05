/** Lucene analysis for Chinese reports: a word tokenizer over the pipeline's segmenter, a bigram chain for recall, and query-time synonyms. */
package org.reportminer.index.analysis;
