package org.annalist.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Scores an article-body extractor on the article-extraction benchmark (layout: {@code
 * html/<id>.html.gz} and {@code ground-truth.json} mapping id to {@code {"articleBody", "url"}}),
 * with the benchmark's own metric ({@link ShingleMetric}). Stateless and thread-safe; the extractor
 * is called once per page, in id order, on the calling thread.
 */
public final class ExtractionEval {

  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-z0-9_:.\\-]+)");

  private ExtractionEval() {}

  /**
   * Runs {@code extractor} over every page of the benchmark at {@code dir} and scores it.
   *
   * @param dir the benchmark directory
   * @param extractor gives the predicted article body of a page (null is read as empty)
   * @return the report
   * @throws NoSuchFileException when {@code ground-truth.json} or a page's HTML is missing
   * @throws IOException when a file cannot be read, or {@code ground-truth.json} is not the
   *     benchmark's format (the message says what is wrong)
   */
  public static EvalReport run(Path dir, Function<HtmlInput, String> extractor) throws IOException {
    Map<String, JsonNode> gold = readGroundTruth(dir.resolve("ground-truth.json"));
    List<PageScore> scores = new ArrayList<>();
    long nanos = 0;
    for (Map.Entry<String, JsonNode> entry : gold.entrySet()) {
      String id = entry.getKey();
      JsonNode item = entry.getValue();
      String html = readHtml(dir.resolve("html").resolve(id + ".html.gz"));
      String url = item.hasNonNull("url") ? item.get("url").asText() : null;
      String goldBody = item.hasNonNull("articleBody") ? item.get("articleBody").asText() : "";
      HtmlInput input = new HtmlInput(id, url, html);
      long start = System.nanoTime();
      String predicted = extractor.apply(input);
      nanos += System.nanoTime() - start;
      scores.add(ShingleMetric.score(id, goldBody, predicted == null ? "" : predicted));
    }
    return report(scores, Duration.ofNanos(nanos));
  }

  /**
   * Aggregates page scores as evaluate.py does: precision is the mean page precision over pages
   * with tp + fp > 0, recall the mean page recall over pages with tp + fn > 0.
   */
  public static EvalReport report(List<PageScore> scores, Duration extractionTime) {
    double precisionSum = 0;
    int precisionPages = 0;
    double recallSum = 0;
    int recallPages = 0;
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (PageScore s : scores) {
      if (s.tp() + s.fp() > 0) {
        precisionSum += s.precision();
        precisionPages++;
      }
      if (s.tp() + s.fn() > 0) {
        recallSum += s.recall();
        recallPages++;
      }
      tp += s.tp();
      fp += s.fp();
      fn += s.fn();
    }
    double precision = precisionPages == 0 ? 0 : precisionSum / precisionPages;
    double recall = recallPages == 0 ? 0 : recallSum / recallPages;
    double pooledPrecision = tp + fp == 0 ? 0 : tp / (tp + fp);
    double pooledRecall = tp + fn == 0 ? 0 : tp / (tp + fn);
    return new EvalReport(
        scores.size(),
        precision,
        recall,
        harmonic(precision, recall),
        pooledPrecision,
        pooledRecall,
        harmonic(pooledPrecision, pooledRecall),
        scores,
        extractionTime);
  }

  private static double harmonic(double a, double b) {
    return a + b == 0 ? 0 : 2 * a * b / (a + b);
  }

  /** The benchmark's ground truth: id to its item, in id order. */
  static Map<String, JsonNode> readGroundTruth(Path file) throws IOException {
    JsonNode root;
    try (InputStream in = Files.newInputStream(file)) {
      root = new ObjectMapper().readTree(in);
    }
    if (root == null || !root.isObject()) {
      throw new IOException(file + ": expected a JSON object mapping page ids to items");
    }
    Map<String, JsonNode> items = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getValue().isObject()) {
        throw new IOException(file + ": item " + e.getKey() + " is not an object");
      }
      items.put(e.getKey(), e.getValue());
    }
    return items;
  }

  /** A gzip-compressed page, decoded with the charset its meta tag names (UTF-8 by default). */
  static String readHtml(Path file) throws IOException {
    byte[] bytes;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      bytes = in.readAllBytes();
    }
    return decode(bytes);
  }

  static String decode(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Charset charset = StandardCharsets.UTF_8;
    Matcher m = META_CHARSET.matcher(head);
    if (m.find()) {
      try {
        charset = Charset.forName(m.group(1));
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        charset = StandardCharsets.UTF_8;
      }
    }
    return new String(bytes, charset);
  }
}
