package org.annalist.extract.quote;

import java.util.ArrayList;
import java.util.List;
import org.annalist.model.Dependency;
import org.annalist.model.Sentence;
import org.annalist.model.Token;

/** One sentence's tokens with its dependency tree, for walking up and down. Immutable. */
final class Tree {
  private final Sentence sentence;
  private final int[] head;
  private final String[] rel;
  private final List<List<Integer>> kids;

  Tree(Sentence sentence) {
    this.sentence = sentence;
    int n = sentence.tokens().size();
    head = new int[n];
    rel = new String[n];
    kids = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      head[i] = -2;
      rel[i] = "";
      kids.add(new ArrayList<>());
    }
    for (Dependency d : sentence.dependencies()) {
      if (d.dependent() >= 0 && d.dependent() < n) {
        head[d.dependent()] = d.governor();
        rel[d.dependent()] = d.relation();
        if (d.governor() >= 0 && d.governor() < n) {
          kids.get(d.governor()).add(d.dependent());
        }
      }
    }
  }

  Sentence sentence() {
    return sentence;
  }

  boolean parsed() {
    return !sentence.dependencies().isEmpty();
  }

  int size() {
    return head.length;
  }

  Token token(int i) {
    return sentence.tokens().get(i);
  }

  /** The head of token {@code i}, or -1 for the root or when unparsed. */
  int head(int i) {
    return head[i] < 0 ? -1 : head[i];
  }

  String rel(int i) {
    return rel[i];
  }

  List<Integer> children(int i) {
    return kids.get(i);
  }

  /** The first child whose relation is {@code relation} or starts with it and a colon, or -1. */
  int child(int i, String relation) {
    for (int k : kids.get(i)) {
      if (rel[k].equals(relation) || rel[k].startsWith(relation + ":")) {
        return k;
      }
    }
    return -1;
  }

  /** The token holding character {@code offset}, or -1. */
  int tokenAt(int offset) {
    List<Token> ts = sentence.tokens();
    for (int i = 0; i < ts.size(); i++) {
      if (offset >= ts.get(i).span().start() && offset < ts.get(i).span().end()) {
        return i;
      }
    }
    return -1;
  }

  /** Lowest and highest token index of the subtree under {@code i}. */
  int[] subtree(int i) {
    int[] r = {i, i};
    walk(i, r, 0);
    return r;
  }

  private void walk(int i, int[] r, int depth) {
    if (depth > head.length) {
      return;
    }
    r[0] = Math.min(r[0], i);
    r[1] = Math.max(r[1], i);
    for (int k : kids.get(i)) {
      walk(k, r, depth + 1);
    }
  }

  /** True when {@code anc} is {@code i} or one of its ancestors. */
  boolean dominates(int anc, int i) {
    int cur = i;
    for (int steps = 0; cur >= 0 && steps <= head.length; steps++) {
      if (cur == anc) {
        return true;
      }
      cur = head(cur);
    }
    return false;
  }
}
