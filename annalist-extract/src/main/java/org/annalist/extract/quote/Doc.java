package org.annalist.extract.quote;

import java.util.ArrayList;
import java.util.List;
import org.annalist.model.Annotation;
import org.annalist.model.Sentence;

/** An article body with its annotation's sentences as trees. Immutable. */
record Doc(String body, Annotation annotation, List<Tree> trees) {
  static Doc of(String body, Annotation annotation) {
    List<Tree> ts = new ArrayList<>();
    for (Sentence s : annotation.sentences()) {
      ts.add(new Tree(s));
    }
    return new Doc(body, annotation, List.copyOf(ts));
  }

  /**
   * Index in {@link #trees} of the sentence holding {@code offset}, or of the next one when the
   * offset falls between sentences, or -1.
   */
  int sentenceAt(int offset) {
    for (int i = 0; i < trees.size(); i++) {
      if (offset < trees.get(i).sentence().span().end()) {
        return i;
      }
    }
    return -1;
  }
}
