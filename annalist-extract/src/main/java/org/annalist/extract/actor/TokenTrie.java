package org.annalist.extract.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * An immutable trie over upper-case token sequences. Lookups walk at most as many nodes as the
 * longest stored phrase, so they cost O(phrase length) whatever the dictionary size. Thread-safe
 * once built.
 *
 * @param <V> the value stored at the end of a phrase
 */
final class TokenTrie<V> {
  private final Node<V> root;
  private final int size;

  private TokenTrie(Node<V> root, int size) {
    this.root = root;
    this.size = size;
  }

  /** A match: the values stored for the phrase and its length in tokens. */
  record Hit<V>(List<V> values, int length) {}

  /** Number of distinct phrases stored. */
  int size() {
    return size;
  }

  /** Values stored for exactly this phrase, or an empty list. */
  List<V> get(List<String> phrase) {
    Node<V> node = root;
    for (String t : phrase) {
      node = node.children.get(t);
      if (node == null) {
        return List.of();
      }
    }
    return node.values;
  }

  /**
   * The longest phrase starting at {@code start} with at least one value accepted by {@code
   * accept}; the hit holds only the accepted values, in insertion order.
   */
  Hit<V> longestAt(List<String> tokens, int start, Predicate<V> accept) {
    Node<V> node = root;
    Hit<V> best = null;
    for (int i = start; i < tokens.size(); i++) {
      node = node.children.get(tokens.get(i));
      if (node == null) {
        break;
      }
      if (!node.values.isEmpty()) {
        List<V> ok = new ArrayList<>(1);
        for (V v : node.values) {
          if (accept.test(v)) {
            ok.add(v);
          }
        }
        if (!ok.isEmpty()) {
          best = new Hit<>(List.copyOf(ok), i - start + 1);
        }
      }
    }
    return best;
  }

  private static final class Node<V> {
    private final Map<String, Node<V>> children;
    private final List<V> values;

    private Node(Map<String, Node<V>> children, List<V> values) {
      this.children = children;
      this.values = values;
    }
  }

  /** Collects phrases; not thread-safe. */
  static final class Builder<V> {
    private final MutableNode<V> root = new MutableNode<>();
    private int size;

    /** Adds a value for a phrase; returns the values the phrase already had. */
    List<V> add(List<String> phrase, V value) {
      if (phrase.isEmpty()) {
        throw new IllegalArgumentException("empty phrase");
      }
      MutableNode<V> node = root;
      for (String t : phrase) {
        node = node.children.computeIfAbsent(t, k -> new MutableNode<>());
      }
      List<V> before = List.copyOf(node.values);
      if (before.isEmpty()) {
        size++;
      }
      node.values.add(value);
      return before;
    }

    /** Replaces the values of a phrase. */
    void put(List<String> phrase, V value) {
      MutableNode<V> node = root;
      for (String t : phrase) {
        node = node.children.computeIfAbsent(t, k -> new MutableNode<>());
      }
      if (node.values.isEmpty()) {
        size++;
      }
      node.values.clear();
      node.values.add(value);
    }

    TokenTrie<V> build() {
      return new TokenTrie<>(freeze(root), size);
    }

    private static <V> Node<V> freeze(MutableNode<V> m) {
      Map<String, Node<V>> kids = new HashMap<>(Math.max(2, m.children.size() * 2));
      m.children.forEach((k, v) -> kids.put(k, freeze(v)));
      return new Node<>(Map.copyOf(kids), List.copyOf(m.values));
    }
  }

  private static final class MutableNode<V> {
    private final Map<String, MutableNode<V>> children = new HashMap<>();
    private final List<V> values = new ArrayList<>(1);
  }
}
