package org.reportminer.corpus.ingest;

/**
 * The content of a sidecar {@code NAME.meta.json}: any of {@code org}, {@code year}, {@code kind}, {@code title}.
 * Unknown fields are an error, so typos are reported.
 */
record SidecarMetadata(String org, Integer year, String kind, String title) {

    MetadataOverrides toOverrides() {
        return new MetadataOverrides(org, year, kind, title);
    }
}
