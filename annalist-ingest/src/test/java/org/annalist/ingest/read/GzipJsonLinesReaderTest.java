package org.annalist.ingest.read;

/** The JSON Lines contract for {@code .jsonl.gz}. */
class GzipJsonLinesReaderTest extends JsonLinesReaderTest {
  @Override
  protected String extension() {
    return ".jsonl.gz";
  }
}
