package org.annalist.link.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A deterministic synthetic corpus for benchmarking {@link ArticleLinker}: made-up words, topics,
 * outlets and happenings spread over one year, several outlets' reports of each happening, and wire
 * copies republished with light edits. The same size and seed give the same corpus.
 *
 * @param articles the digests (ids {@code s0000001}, ...; no actors or event keys)
 * @param happening article id to the id of the happening it reports (the truth)
 * @param copyOf article id of a wire copy to the id of the article it copies
 */
public record SyntheticCorpus(
    List<ArticleDigest> articles, Map<String, Integer> happening, Map<String, String> copyOf) {
  private static final LocalDate START = LocalDate.of(2023, 1, 1);
  private static final String[] SYLLABLES = {
    "ka", "lo", "mi", "ra", "ten", "vo", "shi", "dar", "pel", "qua", "nor", "bi", "zu", "fen",
    "gar", "hol", "im", "jos", "ket", "lun", "mor", "nes", "ost", "pri", "rel", "sav", "tor", "ul",
    "ven", "wex", "yar", "zim"
  };

  public SyntheticCorpus {
    articles = List.copyOf(articles);
    happening = Map.copyOf(happening);
    copyOf = Map.copyOf(copyOf);
  }

  /**
   * Generates {@code size} articles from {@code seed}: happenings with 1 to 4 reports each, dated
   * over 2023, each report about 250 words (70% common words, 10% its topic's, 20% its
   * happening's); about one report in six is a wire copy of an earlier report of its happening (a
   * new headline, one sentence dropped, three words changed).
   *
   * @throws IllegalArgumentException when {@code size} is below 1
   */
  public static SyntheticCorpus generate(int size, long seed) {
    if (size < 1) {
      throw new IllegalArgumentException("size must be at least 1: " + size);
    }
    SplittableRandom r = new SplittableRandom(seed);
    String[] common = words(r, 3000, 2);
    int topics = Math.max(10, size / 500);
    String[][] topicWords = new String[topics][];
    for (int t = 0; t < topics; t++) {
      topicWords[t] = words(r, 30, 3);
    }
    String[] outlets = words(r, 60, 2);
    List<ArticleDigest> out = new ArrayList<>(size);
    Map<String, Integer> happening = new HashMap<>();
    Map<String, String> copyOf = new HashMap<>();
    int h = 0;
    while (out.size() < size) {
      int topic = r.nextInt(topics);
      LocalDate day = START.plusDays(r.nextInt(365));
      String[] specific = words(r, 12, 3);
      int reports = 1 + r.nextInt(4);
      List<String> texts = new ArrayList<>();
      for (int k = 0; k < reports && out.size() < size; k++) {
        String id = String.format("s%07d", out.size() + 1);
        String outlet = outlets[r.nextInt(outlets.length)];
        String text;
        if (k > 0 && r.nextInt(7) < 2) {
          int source = r.nextInt(texts.size());
          text = lightEdit(texts.get(source), r, common);
          copyOf.put(id, String.format("s%07d", out.size() - k + source + 1));
        } else {
          text = report(r, common, topicWords[topic], specific);
        }
        texts.add(text);
        out.add(
            new ArticleDigest(id, outlet, day.plusDays(r.nextInt(2)), text, Set.of(), Set.of()));
        happening.put(id, h);
      }
      h++;
    }
    return new SyntheticCorpus(out, happening, copyOf);
  }

  /** About 250 words: a headline and sentences of common, topic and happening words. */
  private static String report(
      SplittableRandom r, String[] common, String[] topic, String[] specific) {
    StringBuilder b = new StringBuilder();
    sentence(b, r, common, topic, specific, 8);
    b.append("\n\n");
    for (int s = 0; s < 16; s++) {
      sentence(b, r, common, topic, specific, 10 + r.nextInt(10));
    }
    return b.toString();
  }

  private static void sentence(
      StringBuilder b,
      SplittableRandom r,
      String[] common,
      String[] topic,
      String[] specific,
      int words) {
    for (int w = 0; w < words; w++) {
      int roll = r.nextInt(10);
      String word;
      if (roll < 7) {
        // roughly Zipf: low ranks far more often
        word = common[(int) Math.floor(Math.pow(common.length, r.nextDouble())) - 1];
      } else if (roll < 8) { // topic words: shared by every happening of the topic
        word = topic[r.nextInt(topic.length)];
      } else {
        word = specific[r.nextInt(specific.length)];
      }
      b.append(w == 0 ? "" : " ").append(word);
    }
    b.append(". ");
  }

  /** A new headline, one sentence dropped, three words replaced. */
  private static String lightEdit(String text, SplittableRandom r, String[] common) {
    int cut = text.indexOf("\n\n");
    String body = text.substring(cut + 2);
    String[] sentences = body.split("\\. ");
    int drop = r.nextInt(sentences.length);
    StringBuilder b = new StringBuilder("republished ");
    b.append(common[r.nextInt(100)]).append(' ').append(common[r.nextInt(100)]).append("\n\n");
    for (int s = 0; s < sentences.length; s++) {
      if (s != drop) {
        b.append(sentences[s]).append(". ");
      }
    }
    String[] words = b.toString().split(" ");
    for (int k = 0; k < 3; k++) {
      words[2 + r.nextInt(words.length - 2)] = common[r.nextInt(common.length)];
    }
    return String.join(" ", words);
  }

  private static String[] words(SplittableRandom r, int n, int syllables) {
    String[] out = new String[n];
    for (int i = 0; i < n; i++) {
      StringBuilder w = new StringBuilder();
      for (int s = 0; s < syllables + r.nextInt(2); s++) {
        w.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
      }
      out[i] = w.toString();
    }
    return out;
  }
}
