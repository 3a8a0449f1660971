package org.annalist.extract.coder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.annalist.model.Dependency;
import org.annalist.model.Sentence;
import org.annalist.model.Token;

/** One sentence's dependency tree, indexed for walking up and down. Immutable. */
final class Tree {
  private final Sentence sentence;
  private final List<Token> tokens;
  private final int[] head;
  private final String[] rel;
  private final List<List<Integer>> children;

  Tree(Sentence sentence) {
    this.sentence = sentence;
    this.tokens = sentence.tokens();
    int n = tokens.size();
    head = new int[n];
    rel = new String[n];
    Arrays.fill(head, -1);
    Arrays.fill(rel, "");
    children = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      children.add(new ArrayList<>());
    }
    for (Dependency d : sentence.dependencies()) {
      int dep = d.dependent();
      if (dep < 0 || dep >= n) {
        continue;
      }
      head[dep] = d.governor() >= 0 && d.governor() < n ? d.governor() : -1;
      rel[dep] = d.relation() == null ? "" : d.relation().toLowerCase(Locale.ROOT);
      if (head[dep] >= 0) {
        children.get(head[dep]).add(dep);
      }
    }
  }

  Sentence sentence() {
    return sentence;
  }

  List<Token> tokens() {
    return tokens;
  }

  /** The head of token {@code i}, -1 for the root. */
  int head(int i) {
    return head[i];
  }

  /** The relation of token {@code i} to its head, lower case. */
  String rel(int i) {
    return rel[i];
  }

  int size() {
    return tokens.size();
  }

  String lemma(int i) {
    Token t = tokens.get(i);
    String l = t.lemma() == null ? t.text() : t.lemma();
    return l.toLowerCase(Locale.ROOT);
  }

  String pos(int i) {
    String p = tokens.get(i).pos();
    return p == null ? "" : p;
  }

  boolean isVerb(int i) {
    return pos(i).startsWith("VB");
  }

  boolean isNoun(int i) {
    String p = pos(i);
    return p.startsWith("NN") || p.startsWith("PRP");
  }

  /**
   * Children of {@code i} whose relation is {@code r} or a subtype of it ("obl" matches obl:tmod).
   */
  List<Integer> children(int i, String r) {
    List<Integer> out = new ArrayList<>();
    for (int c : children.get(i)) {
      if (rel[c].equals(r) || rel[c].startsWith(r + ":")) {
        out.add(c);
      }
    }
    return out;
  }

  /** Children with exactly relation {@code r}. */
  List<Integer> exact(int i, String r) {
    List<Integer> out = new ArrayList<>();
    for (int c : children.get(i)) {
      if (rel[c].equals(r)) {
        out.add(c);
      }
    }
    return out;
  }

  List<Integer> children(int i) {
    return children.get(i);
  }

  /** The lemma of the case marker ("against", "with") of a nominal, or "" without one. */
  String caseOf(int i) {
    for (int c : children.get(i)) {
      if ("case".equals(rel[c]) || "mark".equals(rel[c])) {
        return lemma(c);
      }
    }
    return "";
  }

  boolean hasChild(int i, String r, java.util.Set<String> lemmas) {
    for (int c : children(i, r)) {
      if (lemmas.contains(lemma(c))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Token indices of the subtree of {@code i}, in order, skipping children with the given
   * relations.
   */
  List<Integer> subtree(int i, java.util.Set<String> skip) {
    List<Integer> out = new ArrayList<>();
    collect(i, skip, out, 0);
    out.sort(null);
    return out;
  }

  private void collect(int i, java.util.Set<String> skip, List<Integer> out, int depth) {
    out.add(i);
    if (depth > 40) {
      return;
    }
    for (int c : children.get(i)) {
      String base = rel[c].contains(":") ? rel[c].substring(0, rel[c].indexOf(':')) : rel[c];
      if (!skip.contains(rel[c]) && !skip.contains(base)) {
        collect(c, skip, out, depth + 1);
      }
    }
  }
}
