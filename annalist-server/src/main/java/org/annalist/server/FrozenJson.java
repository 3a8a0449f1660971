package org.annalist.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Compact read-only JSON trees for the snapshot: an object's fields in two arrays (8 bytes a field)
 * instead of a {@code LinkedHashMap} (an entry of about 40 bytes a field plus its table), which was
 * most of the snapshot's heap. The nodes are Jackson's own, so they read, compare, serialise and
 * {@code deepCopy} as before (in the same field order); changing one throws {@link
 * UnsupportedOperationException}, which a snapshot record must never be anyway (copy it first).
 */
final class FrozenJson {
  private FrozenJson() {}

  /** A read-only copy of {@code node} (objects and arrays at every depth; values shared). */
  static JsonNode freeze(JsonNode node) {
    if (node instanceof ObjectNode o) {
      return freeze(o);
    }
    if (node instanceof ArrayNode a) {
      JsonNode[] items = new JsonNode[a.size()];
      for (int i = 0; i < items.length; i++) {
        items[i] = freeze(a.get(i));
      }
      return new ArrayNode(JsonNodeFactory.instance, Arrays.asList(items));
    }
    return node;
  }

  /** A read-only copy of {@code node}. */
  static ObjectNode freeze(ObjectNode node) {
    String[] keys = new String[node.size()];
    JsonNode[] values = new JsonNode[keys.length];
    int i = 0;
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      keys[i] = e.getKey();
      values[i] = freeze(e.getValue());
      i++;
    }
    return new ObjectNode(JsonNodeFactory.instance, new FieldMap(keys, values));
  }

  /**
   * An insertion-ordered, read-only map over two arrays; lookups scan (records have few fields).
   */
  static final class FieldMap extends AbstractMap<String, JsonNode> {
    private final String[] keys;
    private final JsonNode[] values;

    FieldMap(String[] keys, JsonNode[] values) {
      this.keys = keys;
      this.values = values;
    }

    private int indexOf(Object key) {
      for (int i = 0; i < keys.length; i++) {
        if (keys[i].equals(key)) {
          return i;
        }
      }
      return -1;
    }

    @Override
    public JsonNode get(Object key) {
      int i = indexOf(key);
      return i < 0 ? null : values[i];
    }

    @Override
    public boolean containsKey(Object key) {
      return indexOf(key) >= 0;
    }

    @Override
    public int size() {
      return keys.length;
    }

    @Override
    public Set<Map.Entry<String, JsonNode>> entrySet() {
      return new AbstractSet<>() {
        @Override
        public Iterator<Map.Entry<String, JsonNode>> iterator() {
          return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
              return next < keys.length;
            }

            @Override
            public Map.Entry<String, JsonNode> next() {
              if (next >= keys.length) {
                throw new NoSuchElementException();
              }
              int i = next++;
              return new AbstractMap.SimpleImmutableEntry<>(keys[i], values[i]);
            }
          };
        }

        @Override
        public int size() {
          return keys.length;
        }
      };
    }
  }
}
