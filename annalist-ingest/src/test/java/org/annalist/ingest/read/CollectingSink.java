package org.annalist.ingest.read;

import java.util.ArrayList;
import java.util.List;
import org.annalist.model.Failure;
import org.annalist.model.RawDocument;

/** A sink that keeps everything it is given, for assertions. */
final class CollectingSink implements DocumentSink {
  private final List<RawDocument> documents = new ArrayList<>();
  private final List<Failure> failures = new ArrayList<>();
  private final List<String> skipped = new ArrayList<>();
  private int skippedCount;

  List<RawDocument> documents() {
    return documents;
  }

  List<Failure> failures() {
    return failures;
  }

  /** The skip summaries, as {@code location: summary}. */
  List<String> skipped() {
    return skipped;
  }

  int skippedCount() {
    return skippedCount;
  }

  @Override
  public void document(RawDocument doc) {
    documents.add(doc);
  }

  @Override
  public void failure(Failure failure) {
    failures.add(failure);
  }

  @Override
  public void skipped(String location, int count, String summary) {
    skippedCount += count;
    skipped.add(location + ": " + summary);
  }

  /** The failure whose location is or starts with {@code location}; fails the test if none. */
  Failure failureAt(String location) {
    return failures.stream()
        .filter(f -> f.location().startsWith(location))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no failure at " + location + " in " + failures));
  }

  /** The document read from {@code path}; fails the test if none. */
  RawDocument documentFrom(String path) {
    return documents.stream()
        .filter(d -> d.origin().path().equals(path))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no document from " + path + " in " + documents));
  }
}
