package org.annalist.eval.petrarch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** Reads PETRARCH's unit-test records file ({@code PETR.UnitTest.records.xml}). Stateless. */
public final class PetrarchRecords {
  private PetrarchRecords() {}

  /**
   * The sentence records of {@code file}, in file order (records marked {@code sentence="false"}
   * are not sentences to code and are left out).
   *
   * @throws IOException when the file cannot be read or is not well-formed XML (with the reason)
   */
  public static List<PetrarchRecord> read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    }
  }

  static List<PetrarchRecord> read(InputStream in, String name) throws IOException {
    Document doc;
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(null);
      doc = b.parse(in);
    } catch (SAXException | ParserConfigurationException e) {
      throw new IOException(name + ": not a PETRARCH records file: " + e.getMessage(), e);
    }
    List<PetrarchRecord> out = new ArrayList<>();
    // <Config option="require_dyad" value="false"> between records sets an option for the
    // records after it, until set again (the environment's own Config elements included)
    Map<String, String> config = new TreeMap<>();
    NodeList all = doc.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element s = (Element) all.item(i);
      if ("Config".equals(s.getTagName()) && s.hasAttribute("option")) {
        config.put(
            s.getAttribute("option").strip().toLowerCase(Locale.ROOT),
            s.getAttribute("value").strip());
        continue;
      }
      if (!"Sentence".equals(s.getTagName())
          || "false".equalsIgnoreCase(s.getAttribute("sentence"))) {
        continue;
      }
      List<Coding> gold = new ArrayList<>();
      NodeList codings = s.getElementsByTagName("EventCoding");
      for (int j = 0; j < codings.getLength(); j++) {
        Element c = (Element) codings.item(j);
        if (c.hasAttribute("eventcode")) {
          gold.add(
              new Coding(
                  c.getAttribute("sourcecode").strip(),
                  c.getAttribute("targetcode").strip(),
                  c.getAttribute("eventcode").strip()));
        }
      }
      out.add(
          new PetrarchRecord(
              s.getAttribute("id"),
              date(s.getAttribute("date")),
              s.getAttribute("category"),
              text(s, "Text").replaceAll("\\s+", " ").strip(),
              text(s, "Parse").strip(),
              gold,
              config));
    }
    return out;
  }

  private static String text(Element parent, String tag) {
    NodeList n = parent.getElementsByTagName(tag);
    return n.getLength() == 0 ? "" : n.item(0).getTextContent();
  }

  private static LocalDate date(String yyyymmdd) {
    try {
      return LocalDate.parse(yyyymmdd, DateTimeFormatter.BASIC_ISO_DATE);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
