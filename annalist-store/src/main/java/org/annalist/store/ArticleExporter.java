package org.annalist.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.annalist.model.Article;
import org.annalist.model.Origin;
import org.annalist.model.Removed;

/**
 * Writes articles as JSON Lines or CSV; the formats are documented in {@code docs/formats.md}.
 *
 * <p>JSONL: one object per article, {@code \n} after each, fields {@code id, origins, outlet,
 * title, published, dateline, byline, language, body, removed, provenance, notes}; null fields are
 * JSON {@code null}; provenance keys are sorted.
 *
 * <p>CSV (RFC 4180): a header line of {@link #CSV_COLUMNS}, then one record per article, each ended
 * by CRLF; a field holding a comma, quote, CR or LF is quoted and its quotes doubled; null is an
 * empty cell and an empty string is {@code ""}; origins are their {@link Origin#display()} strings
 * joined by {@code |}.
 *
 * <p>Output depends only on the articles given, so the same articles give the same bytes. Immutable
 * and thread-safe.
 */
public final class ArticleExporter {
  /** The CSV columns, in order. */
  public static final List<String> CSV_COLUMNS =
      List.of(
          "id",
          "origins",
          "outlet",
          "title",
          "published",
          "dateline",
          "byline",
          "language",
          "body");

  private static final JsonFactory JSON = JsonFactory.builder().build();

  private final ExportFormat format;

  /** An exporter writing {@code format}. */
  public ArticleExporter(ExportFormat format) {
    this.format = Objects.requireNonNull(format, "format");
  }

  /** The format written. */
  public ExportFormat format() {
    return format;
  }

  /**
   * Writes the articles, in the order given, to {@code out}; the CSV header comes first even when
   * there are no articles.
   *
   * @return the number of articles written
   * @throws IOException when {@code out} fails; {@code out} is flushed, not closed
   */
  public long export(Stream<Article> articles, Writer out) throws IOException {
    return export(articles.iterator(), out);
  }

  /** {@link #export(Stream, Writer)} for a list or other iterable. */
  public long export(Iterable<Article> articles, Writer out) throws IOException {
    return export(articles.iterator(), out);
  }

  private long export(Iterator<Article> articles, Writer out) throws IOException {
    long n = 0;
    switch (format) {
      case JSONL -> {
        try (JsonGenerator g = JSON.createGenerator(out)) {
          g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
          g.setRootValueSeparator(null);
          while (articles.hasNext()) {
            writeJson(g, articles.next());
            g.writeRaw('\n');
            n++;
          }
        }
      }
      case CSV -> {
        writeCsvRecord(out, new ArrayList<>(CSV_COLUMNS));
        while (articles.hasNext()) {
          writeCsvRecord(out, csvFields(articles.next()));
          n++;
        }
      }
      default -> throw new IllegalStateException("unknown format " + format);
    }
    out.flush();
    return n;
  }

  private static void writeJson(JsonGenerator g, Article a) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", a.id());
    g.writeArrayFieldStart("origins");
    for (Origin o : a.origins()) {
      g.writeStartObject();
      g.writeStringField("path", o.path());
      g.writeStringField("url", o.url());
      g.writeStringField("record", o.record());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeStringField("outlet", a.outlet());
    g.writeStringField("title", a.title());
    g.writeStringField("published", a.published() == null ? null : a.published().toString());
    g.writeStringField("dateline", a.dateline());
    g.writeStringField("byline", a.byline());
    g.writeStringField("language", a.language());
    g.writeStringField("body", a.body());
    g.writeArrayFieldStart("removed");
    for (Removed r : a.removed()) {
      g.writeStartObject();
      g.writeNumberField("start", r.span().start());
      g.writeNumberField("end", r.span().end());
      g.writeStringField("reason", r.reason());
      g.writeStringField("text", r.text());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeObjectFieldStart("provenance");
    for (Map.Entry<String, String> e : new TreeMap<>(a.provenance()).entrySet()) {
      g.writeStringField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
    g.writeArrayFieldStart("notes");
    for (String note : a.notes()) {
      g.writeString(note);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static List<String> csvFields(Article a) {
    return Arrays.asList(
        a.id(),
        a.origins().stream().map(Origin::display).collect(Collectors.joining("|")),
        a.outlet(),
        a.title(),
        a.published() == null ? null : a.published().toString(),
        a.dateline(),
        a.byline(),
        a.language(),
        a.body());
  }

  static void writeCsvRecord(Writer out, List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(csvField(fields.get(i)));
    }
    out.write("\r\n");
  }

  /** One CSV field: null is empty, and a field that needs it is quoted (RFC 4180). */
  static String csvField(String value) {
    if (value == null) {
      return "";
    }
    if (value.isEmpty()) {
      return "\"\"";
    }
    boolean quote =
        value.indexOf(',') >= 0
            || value.indexOf('"') >= 0
            || value.indexOf('\n') >= 0
            || value.indexOf('\r') >= 0;
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }
}
