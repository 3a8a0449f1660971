package org.annalist.store;

/**
 * Totals of one ingest run, as recorded by {@link Store#finishRun}.
 *
 * @param documents documents read, including those that failed
 * @param added articles inserted
 * @param originAdded stored articles that gained origins
 * @param unchanged articles already stored with all their origins
 */
public record RunCounts(long documents, long added, long originAdded, long unchanged) {
  /** No documents, no articles. */
  public static final RunCounts ZERO = new RunCounts(0, 0, 0, 0);

  public RunCounts {
    if (documents < 0 || added < 0 || originAdded < 0 || unchanged < 0) {
      throw new IllegalArgumentException(
          "negative count in " + documents + "/" + added + "/" + originAdded + "/" + unchanged);
    }
  }

  /** These counts plus the article counts of a write. */
  public RunCounts plus(WriteResult write) {
    return new RunCounts(
        documents,
        added + write.added(),
        originAdded + write.originAdded(),
        unchanged + write.unchanged());
  }

  /** These counts with {@code n} more documents read. */
  public RunCounts plusDocuments(long n) {
    return new RunCounts(documents + n, added, originAdded, unchanged);
  }
}
