package org.annalist.ingest.read;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/** Writes test files of every format, in the tests' own words. */
final class Fixtures {
  static final Instant DATE = Instant.parse("2021-03-01T10:15:30Z");

  private Fixtures() {}

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] gzip(byte[] bytes) throws IOException {
    var out = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  static Path write(Path file, byte[] bytes) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    return Files.write(file, bytes);
  }

  /** Writes {@code bytes}, gzip-compressed when the file name ends in {@code .gz}. */
  static Path writeMaybeGzip(Path file, byte[] bytes) throws IOException {
    return write(file, file.toString().endsWith(".gz") ? gzip(bytes) : bytes);
  }

  /** A small HTML page holding {@code text} in a paragraph, declaring UTF-8. */
  static String page(String title, String text) {
    return "<!DOCTYPE html>\r\n<html><head><meta charset=\"utf-8\"><title>"
        + title
        + "</title></head>\r\n<body><p>"
        + text
        + "</p></body></html>\r\n";
  }

  /** One JSON Lines line with an id, URL, title and the given text. */
  static String jsonLine(int n, String text) throws IOException {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("id", "a" + n);
    fields.put("url", "https://news.example.org/" + n);
    fields.put("title", "Report " + n);
    fields.put("published", "2021-03-0" + n);
    fields.put("outlet", "Example News");
    fields.put("text", text);
    return new ObjectMapper().writeValueAsString(fields);
  }

  /** An HTML response record for {@code url}. */
  static WarcResponse htmlResponse(String url, String contentType, byte[] body) throws IOException {
    HttpResponse http =
        new HttpResponse.Builder(200, "OK").body(MediaType.parse(contentType), body).build();
    return new WarcResponse.Builder(URI.create(url))
        .date(DATE)
        .recordId(UUID.nameUUIDFromBytes(utf8(url + contentType)))
        .body(http)
        .build();
  }

  /** A writer of a new WARC file, gzip per record when the name ends in {@code .gz}. */
  static WarcWriter warcWriter(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    WarcCompression compression =
        file.toString().endsWith(".gz") ? WarcCompression.GZIP : WarcCompression.NONE;
    return new WarcWriter(
        Files.newByteChannel(
            file,
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING),
        compression);
  }

  /**
   * Writes a WARC (gzip per record when the name ends in {@code .gz}): a warcinfo record, then for
   * each text a request and an HTML response, and an image response after the first.
   */
  static Path warc(Path file, List<String> texts) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    WarcCompression compression =
        file.toString().endsWith(".gz") ? WarcCompression.GZIP : WarcCompression.NONE;
    try (var channel =
            Files.newByteChannel(
                file,
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE,
                java.nio.file.StandardOpenOption.TRUNCATE_EXISTING);
        var writer = new WarcWriter(channel, compression)) {
      writer.write(
          new Warcinfo.Builder()
              .date(DATE)
              .recordId(UUID.nameUUIDFromBytes(utf8("info")))
              .fields(Map.of("software", List.of("annalist-tests")))
              .build());
      for (int i = 0; i < texts.size(); i++) {
        String url = "https://news.example.org/story/" + (i + 1);
        writer.write(
            new WarcRequest.Builder(URI.create(url))
                .date(DATE)
                .recordId(UUID.nameUUIDFromBytes(utf8("request " + url)))
                .body(new HttpRequest.Builder("GET", "/story/" + (i + 1)).build())
                .build());
        writer.write(
            htmlResponse(
                url, "text/html; charset=utf-8", utf8(page("Story " + (i + 1), texts.get(i)))));
        if (i == 0) {
          writer.write(
              new WarcResponse.Builder(URI.create("https://news.example.org/logo.png"))
                  .date(DATE)
                  .recordId(UUID.nameUUIDFromBytes(utf8("logo")))
                  .body(
                      new HttpResponse.Builder(200, "OK")
                          .body(
                              MediaType.parse("image/png"),
                              new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1})
                          .build())
                  .build());
        }
      }
    }
    return file;
  }
}
