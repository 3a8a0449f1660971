package org.annalist.ingest.read;

/**
 * What one {@link Readers#read(java.util.List, DocumentSink)} call visited.
 *
 * @param files regular files visited (read or failed)
 * @param documents documents delivered
 * @param failures failures delivered (whole files and single records)
 * @param skippedRecords records left out on purpose (non-HTML WARC records)
 */
public record ReadSummary(int files, int documents, int failures, int skippedRecords) {}
