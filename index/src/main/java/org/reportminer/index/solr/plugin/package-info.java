/** The Solr plugin: our word tokenizer, synonym filter and query parser, loaded by Solr from the plugin jar. */
package org.reportminer.index.solr.plugin;
