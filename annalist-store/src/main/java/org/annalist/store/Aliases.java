package org.annalist.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/** Lists of strings kept in one VARCHAR column as a JSON array. */
final class Aliases {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<String>> LIST = new TypeReference<>() {};

  private Aliases() {}

  static String encode(List<String> values) {
    try {
      return JSON.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a list of strings is always JSON", e);
    }
  }

  static List<String> decode(String json) {
    try {
      return List.copyOf(JSON.readValue(json, LIST));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored aliases are not a JSON list: " + json, e);
    }
  }
}
