package org.annalist.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import org.annalist.model.Quote;
import org.annalist.model.Speaker;
import org.annalist.model.TimeExpression;

/**
 * Exports of what the language layer extracted that need nothing but the store: time expressions
 * and quotes (formats in {@code docs/formats.md}). Entities are exported by the pipeline, which
 * resolves identities across articles.
 */
public final class ExtractionExports {
  /** CSV columns of the times export. */
  public static final List<String> TIME_COLUMNS =
      List.of("article", "text", "start", "end", "type", "value", "anchoring", "mod", "range_end");

  /** CSV columns of the quotes export. */
  public static final List<String> QUOTE_COLUMNS =
      List.of(
          "article",
          "text",
          "kind",
          "speaker_name",
          "speaker_entity",
          "relayed_by",
          "verb",
          "start",
          "end",
          "sentence");

  private ExtractionExports() {}

  /** Writes every stored time expression; returns how many. */
  public static long times(Store store, ExportFormat format, Writer out) throws IOException {
    RecordExporter w = new RecordExporter(format, TIME_COLUMNS, out);
    store.forEachExtraction(
        (a, x) -> {
          for (TimeExpression t : x.times()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("article", a.id());
            r.put("text", t.text());
            r.put("start", t.span().start());
            r.put("end", t.span().end());
            r.put("type", t.type().name());
            r.put("value", t.value());
            r.put("anchoring", t.anchoring().name().toLowerCase(java.util.Locale.ROOT));
            r.put("mod", t.mod());
            r.put("range_end", t.range());
            write(w, r, Arrays.asList(r.values().toArray()));
          }
        });
    return w.finish();
  }

  /**
   * Writes every stored quote; returns how many.
   *
   * @param entityIds maps (article id, article-local entity key) to the entity id to export
   */
  public static long quotes(
      Store store, ExportFormat format, Writer out, BinaryOperator<String> entityIds)
      throws IOException {
    RecordExporter w = new RecordExporter(format, QUOTE_COLUMNS, out);
    store.forEachExtraction(
        (a, x) -> {
          for (Quote q : x.quotes()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("article", a.id());
            r.put("text", q.text());
            r.put("kind", q.kind().name().toLowerCase(java.util.Locale.ROOT));
            r.put("speaker", speaker(a.id(), q.speaker(), entityIds));
            r.put("relayed_by", speaker(a.id(), q.relayedBy(), entityIds));
            r.put("verb", q.verb());
            r.put("start", q.span().start());
            r.put("end", q.span().end());
            r.put("sentence", q.sentence());
            write(
                w,
                r,
                Arrays.asList(
                    a.id(),
                    q.text(),
                    r.get("kind"),
                    q.speaker() == null ? null : q.speaker().name(),
                    q.speaker() == null ? null : global(a.id(), q.speaker(), entityIds),
                    q.relayedBy() == null ? null : q.relayedBy().name(),
                    q.verb(),
                    q.span().start(),
                    q.span().end(),
                    q.sentence()));
          }
        });
    return w.finish();
  }

  private static String global(String article, Speaker s, BinaryOperator<String> entityIds) {
    return s.entity() == null ? null : entityIds.apply(article, s.entity());
  }

  private static Map<String, Object> speaker(
      String article, Speaker s, BinaryOperator<String> entityIds) {
    if (s == null) {
      return null;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", s.name());
    m.put("entity", global(article, s, entityIds));
    m.put("start", s.span().start());
    m.put("end", s.span().end());
    return m;
  }

  private static void write(RecordExporter w, Map<String, Object> record, List<?> row) {
    try {
      w.write(record, row);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
