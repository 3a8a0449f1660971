package org.annalist.ingest.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.annalist.ingest.html.HtmlExtractorOptions.Signal;
import org.annalist.model.Words;
import org.jsoup.nodes.Element;

/**
 * Decides, for each rendered block of one page, whether it belongs to the article body and if not
 * why. Not thread-safe: one instance serves one page.
 */
final class BodySelector {

  /** jusText-style block classes. */
  enum Kind {
    GOOD,
    NEARGOOD,
    SHORT,
    BAD
  }

  static final String LINK_LIST = "link-list";
  static final String BOILERPLATE = "boilerplate-line";
  static final String OUTSIDE = "outside-main-content";

  private static final int LENGTH_LOW = 70;
  private static final int LENGTH_HIGH = 200;
  private static final double STOPWORDS_LOW = 0.22;
  private static final double STOPWORDS_HIGH = 0.26;
  private static final double MAX_LINK_DENSITY = 0.2;

  private static final Set<String> SCORING_ZONES_EXEMPT = Set.of("form");
  private static final Pattern MAYBE_CANDIDATE =
      Pattern.compile("article|body|column|content|main|story|entry|post-text");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;…\"”’)]$");

  private final HtmlExtractorOptions options;
  private final List<Block> blocks;
  private final HtmlMetadata metadata;
  private final String structuredBody;
  private final Element pageBody;
  private final List<List<String>> tokens = new ArrayList<>();
  private final Kind[] kinds;
  private final Set<String> stopwords;
  private final Map<Element, String> hintCache = new IdentityHashMap<>();
  private final Map<Element, int[]> textStats = new IdentityHashMap<>();

  BodySelector(
      HtmlExtractorOptions options,
      List<Block> blocks,
      HtmlMetadata metadata,
      String structuredBody,
      Element pageBody) {
    this.options = options;
    this.blocks = blocks;
    this.metadata = metadata;
    this.structuredBody = structuredBody;
    this.pageBody = pageBody;
    for (Block b : blocks) {
      tokens.add(Words.tokens(b.text()));
    }
    this.stopwords = chooseStopwords();
    this.kinds = new Kind[blocks.size()];
    for (Block b : blocks) {
      kinds[b.index()] = classify(b);
      for (Element e = b.owner(); e != null; e = e.parent()) {
        int[] stats = textStats.computeIfAbsent(e, k -> new int[2]);
        stats[0] += b.length();
        stats[1] += b.linkChars();
      }
    }
  }

  /** One reason per block: null for a body block, else the removal reason. */
  String[] select() {
    String[] reasons = new String[blocks.size()];
    if (blocks.isEmpty()) {
      return reasons;
    }
    Set<Element> content = contentElements();
    Element root = content.isEmpty() ? null : content.iterator().next();
    List<Integer> candidates = new ArrayList<>();
    for (Block b : blocks) {
      String reason = firstReason(b, content, root);
      reasons[b.index()] = reason;
      if (reason == null) {
        candidates.add(b.index());
      }
    }
    smooth(candidates, reasons);
    if (options.uses(Signal.STRUCTURED_BODY) && structuredBody != null) {
      String[] structured = new StructuredBodyMatcher(blocks, tokens).match(structuredBody);
      // the stated body must not be a teaser of what the page shows
      if (structured != null && bodyTokens(structured) >= 0.7 * bodyTokens(reasons)) {
        return structured;
      }
    }
    return reasons;
  }

  private int bodyTokens(String[] reasons) {
    int n = 0;
    for (int i = 0; i < reasons.length; i++) {
      if (reasons[i] == null) {
        n += tokens.get(i).size();
      }
    }
    return n;
  }

  // ---------------------------------------------------------------- classification

  private Set<String> chooseStopwords() {
    String declared = metadata.language();
    if (declared != null && declared.length() >= 2) {
      Set<String> set = Stopwords.of(Stopwords.key(declared.substring(0, 2)));
      return set;
    }
    Set<String> best = Set.of();
    double bestDensity = 0.08;
    for (String lang : Stopwords.languages()) {
      Set<String> set = Stopwords.of(lang);
      int hits = 0;
      int total = 0;
      for (List<String> words : tokens) {
        total += words.size();
        for (String w : words) {
          if (set.contains(Stopwords.key(w))) {
            hits++;
          }
        }
      }
      double density = total == 0 ? 0 : (double) hits / total;
      if (density > bestDensity) {
        bestDensity = density;
        best = set;
      }
    }
    return best;
  }

  private Kind classify(Block b) {
    int length = b.length();
    double linkDensity = b.linkDensity();
    if (!options.uses(Signal.BLOCK_CLASSIFICATION)) {
      return linkDensity > 0.5 ? Kind.BAD : length >= LENGTH_LOW ? Kind.GOOD : Kind.SHORT;
    }
    if (linkHeavy(b)) {
      return Kind.BAD;
    }
    if (length < LENGTH_LOW) {
      return linkDensity > 0 && length < 25 ? Kind.BAD : Kind.SHORT;
    }
    List<String> words = tokens.get(b.index());
    if (stopwords.isEmpty()) {
      if (length >= LENGTH_HIGH) {
        return Kind.GOOD;
      }
      return SENTENCE_END.matcher(b.text()).find() ? Kind.NEARGOOD : Kind.BAD;
    }
    int hits = 0;
    for (String w : words) {
      if (stopwords.contains(Stopwords.key(w))) {
        hits++;
      }
    }
    double density = words.isEmpty() ? 0 : (double) hits / words.size();
    if (density >= STOPWORDS_HIGH) {
      return length >= LENGTH_HIGH ? Kind.GOOD : Kind.NEARGOOD;
    }
    if (density >= STOPWORDS_LOW) {
      return Kind.NEARGOOD;
    }
    return Kind.BAD;
  }

  private static boolean linkHeavy(Block b) {
    double linkDensity = b.linkDensity();
    return linkDensity > MAX_LINK_DENSITY && !(b.length() > 3 * LENGTH_HIGH && linkDensity < 0.35);
  }

  // ---------------------------------------------------------------- container scoring

  private boolean scoringEligible(Block b, boolean skipUnlikely) {
    if (b.zone() != null && !SCORING_ZONES_EXEMPT.contains(b.zone())) {
      return false;
    }
    if (b.length() < 25 || kinds[b.index()] == Kind.BAD) {
      return false;
    }
    return !skipUnlikely || !unlikely(b.owner());
  }

  private boolean unlikely(Element owner) {
    for (Element e = owner; e != null && e != pageBody; e = e.parent()) {
      String tag = e.normalName();
      if ("article".equals(tag) || "main".equals(tag)) {
        continue;
      }
      if (hint(e) != null && !MAYBE_CANDIDATE.matcher(ClassHints.names(e)).find()) {
        return true;
      }
    }
    return false;
  }

  private String hint(Element e) {
    if (!options.uses(Signal.CLASS_HINTS)) {
      return null;
    }
    return hintCache.computeIfAbsent(e, k -> orNone(ClassHints.removalReason(k))).isEmpty()
        ? null
        : hintCache.get(e);
  }

  private static String orNone(String s) {
    return s == null ? "" : s;
  }

  /** The top container and its kin, top first; empty when nothing scores. */
  private Set<Element> contentElements() {
    Set<Element> result = java.util.Collections.newSetFromMap(new java.util.LinkedHashMap<>());
    if (!options.uses(Signal.CONTAINER_SCORING)) {
      if (pageBody != null) {
        result.add(pageBody);
      }
      return result;
    }
    Map<Element, Double> scores = score(true);
    if (scores.isEmpty()) {
      scores = score(false);
    }
    if (scores.isEmpty()) {
      return result;
    }
    Element top = null;
    double topScore = Double.NEGATIVE_INFINITY;
    for (var entry : scores.entrySet()) {
      if (entry.getValue() > topScore) {
        topScore = entry.getValue();
        top = entry.getKey();
      }
    }
    top = promote(top, topScore, scores);
    topScore = scores.getOrDefault(top, topScore);
    result.add(top);
    Element parent = top.parent();
    if (parent == null) {
      return result;
    }
    double threshold = Math.max(10, topScore * 0.2);
    String topClass = top.className();
    for (Element sibling : parent.children()) {
      if (sibling == top) {
        continue;
      }
      double bonus =
          !topClass.isEmpty() && sibling.className().equals(topClass) ? topScore * 0.2 : 0;
      Double score = scores.get(sibling);
      if (score != null && score + bonus >= threshold && hint(sibling) == null) {
        result.add(sibling);
        continue;
      }
      if ("p".equals(sibling.normalName())) {
        int[] stats = textStats.get(sibling);
        if (stats == null) {
          continue;
        }
        double ld = stats[0] == 0 ? 0 : (double) stats[1] / stats[0];
        if ((ld < 0.25 && stats[0] > 80)
            || (stats[0] < 80
                && stats[0] > 0
                && ld == 0
                && sibling.text().matches(".*\\.( .*)?$"))) {
          result.add(sibling);
        }
      }
    }
    return result;
  }

  private Map<Element, Double> score(boolean skipUnlikely) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Block b : blocks) {
      if (!scoringEligible(b, skipUnlikely)) {
        continue;
      }
      double contentScore = 1 + commas(b.text()) + Math.min(b.length() / 100.0, 3);
      Element e = b.owner().parent();
      if (b.owner() == pageBody) {
        e = pageBody;
      }
      for (int level = 0; level < 5 && e != null; level++, e = e.parent()) {
        if ("html".equals(e.normalName())) {
          break;
        }
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        Element key = e;
        double base = scores.computeIfAbsent(key, k -> (double) initialScore(k));
        scores.put(key, base + contentScore / divider);
      }
    }
    Map<Element, Double> finalScores = new IdentityHashMap<>();
    for (var entry : scores.entrySet()) {
      int[] stats = textStats.get(entry.getKey());
      double ld = stats == null || stats[0] == 0 ? 0 : (double) stats[1] / stats[0];
      finalScores.put(entry.getKey(), entry.getValue() * (1 - Math.min(1, ld)));
    }
    return finalScores;
  }

  private int initialScore(Element e) {
    int score =
        switch (e.normalName()) {
          case "div", "article", "main", "section" -> 5;
          case "pre", "td", "blockquote" -> 3;
          case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
          case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
          default -> 0;
        };
    if (options.uses(Signal.CLASS_HINTS)) {
      score += ClassHints.weight(e);
    }
    return score;
  }

  private Element promote(Element top, double topScore, Map<Element, Double> scores) {
    // readability: an ancestor holding several near-top candidates is the real container
    List<Element> alternatives = new ArrayList<>();
    scores.entrySet().stream()
        .filter(en -> en.getKey() != top && en.getValue() >= 0.75 * topScore)
        .sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
        .limit(5)
        .forEach(en -> alternatives.add(en.getKey()));
    Element best = top;
    if (alternatives.size() >= 3) {
      for (Element parent = top.parent();
          parent != null && parent != pageBody;
          parent = parent.parent()) {
        int contained = 0;
        for (Element alt : alternatives) {
          if (isAncestorOrSelf(parent, alt)) {
            contained++;
          }
        }
        if (contained >= 3) {
          best = parent;
          break;
        }
      }
    }
    // walk up while the parent scores higher
    double last = scores.getOrDefault(best, topScore);
    for (Element parent = best.parent();
        parent != null && parent != pageBody;
        parent = parent.parent()) {
      Double s = scores.get(parent);
      if (s == null) {
        continue;
      }
      if (s < last / 3) {
        break;
      }
      if (s > last) {
        best = parent;
        break;
      }
      last = s;
    }
    while (best.parent() != null
        && best.parent() != pageBody
        && best.parent().childrenSize() == 1) {
      best = best.parent();
    }
    return best;
  }

  static boolean isAncestorOrSelf(Element ancestor, Element node) {
    for (Element e = node; e != null; e = e.parent()) {
      if (e == ancestor) {
        return true;
      }
    }
    return false;
  }

  private static int commas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '，' || c == '、' || c == '،') {
        n++;
      }
    }
    return n;
  }

  // ---------------------------------------------------------------- per-block decision

  private String firstReason(Block b, Set<Element> content, Element root) {
    if (b.zone() != null && (root == null || !isAncestorOrSelf(b.zoneElement(), root))) {
      return b.zone();
    }
    Element within = null;
    for (Element e = b.owner(); e != null; e = e.parent()) {
      if (content.contains(e)) {
        within = e;
        break;
      }
    }
    boolean isTitle =
        b.headingLevel() == 1 || (metadata.title() != null && b.text().equals(metadata.title()));
    if (within == null) {
      if (isTitle) {
        return "title";
      }
      for (Element e = b.owner(); e != null && e != pageBody; e = e.parent()) {
        String hint = hint(e);
        if (hint != null) {
          return hint;
        }
      }
      return OUTSIDE;
    }
    if (options.uses(Signal.CLASS_HINTS)) {
      for (Element e = b.owner(); e != null && e != within; e = e.parent()) {
        String hint = hint(e);
        if (hint != null && !holdsMostOf(e, within)) {
          return hint;
        }
      }
    }
    if (isTitle) {
      return "title";
    }
    if (options.uses(Signal.BOILERPLATE_LINES)) {
      String line = BoilerplateLines.reason(b.text());
      if (line != null) {
        return line;
      }
    }
    return null;
  }

  private boolean holdsMostOf(Element e, Element container) {
    int[] inner = textStats.get(e);
    int[] outer = textStats.get(container);
    return inner != null && outer != null && inner[0] > 0.5 * outer[0];
  }

  // ---------------------------------------------------------------- context smoothing

  private void smooth(List<Integer> candidates, String[] reasons) {
    int n = candidates.size();
    Kind[] k = new Kind[n];
    for (int i = 0; i < n; i++) {
      Block b = blocks.get(candidates.get(i));
      k[i] = kinds[b.index()];
      if (k[i] == Kind.BAD && b.length() >= LENGTH_LOW && b.linkDensity() <= 0.5) {
        // prose-poor but link-free text inside the chosen container (scores, tables): near-good
        k[i] = Kind.NEARGOOD;
      }
      if (k[i] == Kind.SHORT && b.headingLevel() < 2 && b.linkDensity() <= 0.5 && sentence(b)) {
        // a short but whole sentence of prose (a one-line closing paragraph): near-good
        k[i] = Kind.NEARGOOD;
      }
      if (b.headingLevel() >= 2 && k[i] != Kind.GOOD) {
        k[i] = Kind.SHORT;
      }
    }
    boolean anyGood = false;
    for (int i = 0; i < n; i++) {
      anyGood |= k[i] == Kind.GOOD;
    }
    if (!anyGood) {
      for (int i = 0; i < n; i++) {
        if (k[i] == Kind.NEARGOOD) {
          k[i] = Kind.GOOD;
        }
      }
    }
    if (options.uses(Signal.CONTEXT_SMOOTHING)) {
      // headings followed closely by good text are near-good (jusText)
      for (int i = 0; i < n; i++) {
        Block b = blocks.get(candidates.get(i));
        if (b.headingLevel() >= 2 && k[i] == Kind.SHORT) {
          int distance = 0;
          for (int j = i + 1; j < n && distance <= LENGTH_HIGH; j++) {
            if (k[j] == Kind.GOOD) {
              k[i] = Kind.NEARGOOD;
              break;
            }
            distance += blocks.get(candidates.get(j)).length();
          }
        }
      }
      Kind[] stage1 = k.clone();
      for (int i = 0; i < n; i++) {
        if (k[i] != Kind.SHORT) {
          continue;
        }
        Kind prev = neighbour(k, i, -1, true);
        Kind next = neighbour(k, i, 1, true);
        if (prev == Kind.GOOD && next == Kind.GOOD) {
          stage1[i] = Kind.GOOD;
        } else if (prev == Kind.BAD && next == Kind.BAD) {
          stage1[i] = Kind.BAD;
        } else if ((prev == Kind.BAD && neighbour(k, i, -1, false) == Kind.NEARGOOD)
            || (next == Kind.BAD && neighbour(k, i, 1, false) == Kind.NEARGOOD)) {
          stage1[i] = Kind.GOOD;
        } else {
          stage1[i] = Kind.BAD;
        }
      }
      k = stage1;
      Kind[] stage2 = k.clone();
      for (int i = 0; i < n; i++) {
        if (k[i] != Kind.NEARGOOD) {
          continue;
        }
        // the container was chosen for its prose: its edges count as good context here
        stage2[i] = Kind.GOOD;
      }
      k = stage2;
    } else {
      for (int i = 0; i < n; i++) {
        if (k[i] == Kind.NEARGOOD) {
          k[i] = Kind.GOOD;
        }
      }
    }
    for (int i = 0; i < n; i++) {
      if (k[i] != Kind.GOOD) {
        Block b = blocks.get(candidates.get(i));
        reasons[b.index()] = b.linkDensity() > 0.5 ? LINK_LIST : BOILERPLATE;
      }
    }
  }

  private static final Pattern SENTENCE =
      Pattern.compile("^[\"'“‘(]?[\\p{Lu}\\p{N}].*[.!?…][\"'”’)]*$");

  /** A whole sentence of 8 words or more: capital start, sentence end. */
  private static boolean sentence(Block b) {
    return b.text().split("\\s+").length >= 8 && SENTENCE.matcher(b.text().strip()).matches();
  }

  /** jusText's neighbour: the nearest block not SHORT (and not NEARGOOD if asked); BAD at edges. */
  private static Kind neighbour(Kind[] k, int i, int step, boolean ignoreNearGood) {
    for (int j = i + step; j >= 0 && j < k.length; j += step) {
      if (k[j] == Kind.SHORT || (ignoreNearGood && k[j] == Kind.NEARGOOD)) {
        continue;
      }
      return k[j];
    }
    return Kind.BAD;
  }
}
