package org.annalist.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annalist.model.Failure;
import org.annalist.pipeline.CoderDictionaries;
import org.annalist.pipeline.ExtractJob;
import org.annalist.pipeline.IngestJob;
import org.annalist.pipeline.IngestListener;
import org.annalist.pipeline.IngestOptions;
import org.annalist.pipeline.IngestSummary;
import org.annalist.pipeline.LanguageLayer;
import org.annalist.pipeline.LinkJob;
import org.annalist.store.Store;

/**
 * Ingests a JSON Lines batch posted to the API: keeps it as a file under {@code STORE/uploads} (the
 * articles' origin, so every article stays traceable), runs {@link IngestJob} on it, then, when
 * asked for, the language layer and event linking.
 *
 * <p>Thread safety: {@link #ingest} is serialised. The language layer, when used, is loaded on the
 * first ingest and kept until {@link #close()}.
 */
final class Ingester implements AutoCloseable {
  /** Folder of the store directory that keeps posted batches. */
  static final String UPLOADS = "uploads";

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final Store store;
  private final boolean language;
  private final Path dictionaries;
  private final Clock clock;
  private LanguageLayer layer;

  /**
   * @param dictionaries the user's coder dictionary folder, read when the language layer is first
   *     loaded, or null for the project's dictionaries alone
   */
  Ingester(Store store, boolean language, Path dictionaries, Clock clock) {
    this.store = store;
    this.language = language;
    this.dictionaries = dictionaries;
    this.clock = clock;
  }

  /**
   * Stores the batch and ingests it; returns the run summary as the API writes it.
   *
   * @throws UncheckedIOException when the batch cannot be kept on disk
   */
  synchronized Map<String, Object> ingest(byte[] jsonl) {
    Path file = keep(jsonl);
    IngestSummary s = IngestJob.standard().run(List.of(file), store, IngestListener.NONE);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("run", s.run());
    out.put("file", store.dir().relativize(file).toString());
    out.put("documents", s.documents());
    out.put("added", s.added());
    out.put("origin_added", s.originAdded());
    out.put("unchanged", s.unchanged());
    out.put("skipped_records", s.skippedRecords());
    out.put("failures", failures(s.failures()));
    out.put("elapsed_ms", s.elapsed().toMillis());
    Map<String, Object> extraction = null;
    Map<String, Object> linking = null;
    if (language) {
      if (layer == null) {
        layer =
            LanguageLayer.standard(
                dictionaries == null
                    ? CoderDictionaries.builtIn()
                    : CoderDictionaries.withFolder(dictionaries));
      }
      ExtractJob.Summary x =
          new ExtractJob(layer, layer.version(), IngestOptions.DEFAULTS)
              .run(store, IngestListener.NONE);
      extraction = new LinkedHashMap<>();
      extraction.put("extracted", x.extracted());
      extraction.put("failures", failures(x.failures()));
      extraction.put("elapsed_ms", x.elapsed().toMillis());
      LinkJob.Summary l = LinkJob.standard().run(store);
      linking = new LinkedHashMap<>();
      linking.put("mentions", l.mentions());
      linking.put("events", l.events());
      linking.put("stories", l.stories());
      linking.put("elapsed_ms", l.elapsed().toMillis());
    }
    out.put("extraction", extraction);
    out.put("linking", linking);
    return out;
  }

  private Path keep(byte[] jsonl) {
    try {
      Path dir = Files.createDirectories(store.dir().resolve(UPLOADS));
      String hash =
          java.util.HexFormat.of()
              .formatHex(MessageDigest.getInstance("SHA-256").digest(jsonl), 0, 6);
      Path file = dir.resolve("api-" + STAMP.format(clock.instant()) + "-" + hash + ".jsonl");
      return Files.write(file, jsonl);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the posted batch: " + e.getMessage(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java", e);
    }
  }

  private static List<Map<String, String>> failures(List<Failure> failures) {
    List<Map<String, String>> out = new ArrayList<>();
    for (Failure f : failures) {
      Map<String, String> m = new LinkedHashMap<>();
      m.put("location", f.location());
      m.put("reason", f.reason());
      out.add(m);
    }
    return out;
  }

  @Override
  public synchronized void close() {
    if (layer != null) {
      layer.close();
      layer = null;
    }
  }
}
