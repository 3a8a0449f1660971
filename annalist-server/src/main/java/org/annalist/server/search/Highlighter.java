package org.annalist.server.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Cuts a snippet around the first match of a query in a text and says where the query's terms match
 * in it. Reads the text with the index's analyzer, so stemmed forms match ("talks" for "talk");
 * prefix and wildcard terms match too. Not thread-safe; cheap to make per search.
 */
final class Highlighter {
  /** Snippet length aimed at, in characters. */
  static final int WINDOW = 240;

  private static final int BEFORE = 60;

  private final Analyzer analyzer;
  private final String field;
  private final Set<BytesRef> terms = new HashSet<>();
  private final List<ByteRunAutomaton> patterns = new ArrayList<>();

  Highlighter(Analyzer analyzer, String field, Query query) {
    this.analyzer = analyzer;
    this.field = field;
    query.visit(new Collector());
  }

  /** A snippet and its highlights. */
  record Snippet(String text, List<SearchHit.Highlight> highlights) {}

  Snippet snippet(String text) {
    List<int[]> matches = matches(text);
    int from = 0;
    if (!matches.isEmpty() && text.length() > WINDOW) {
      from = Math.max(0, matches.get(0)[0] - BEFORE);
      while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
        from--;
      }
    }
    int to = Math.min(text.length(), from + WINDOW);
    while (to < text.length() && to > from && !Character.isWhitespace(text.charAt(to))) {
      to--;
    }
    if (to <= from) {
      to = Math.min(text.length(), from + WINDOW);
    }
    List<SearchHit.Highlight> out = new ArrayList<>();
    for (int[] m : matches) {
      if (m[0] >= from && m[1] <= to) {
        out.add(new SearchHit.Highlight(m[0] - from, m[1] - from));
      }
    }
    return new Snippet(text.substring(from, to), out);
  }

  private List<int[]> matches(String text) {
    List<int[]> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        BytesRef bytes = new BytesRef(term);
        if (matches(bytes)) {
          out.add(new int[] {offset.startOffset(), offset.endOffset()});
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private boolean matches(BytesRef bytes) {
    if (terms.contains(bytes)) {
      return true;
    }
    for (ByteRunAutomaton p : patterns) {
      if (p.run(bytes.bytes, bytes.offset, bytes.length)) {
        return true;
      }
    }
    return false;
  }

  /** Gathers the terms and term patterns a query looks for, leaving out negated clauses. */
  private final class Collector extends QueryVisitor {
    @Override
    public boolean acceptField(String f) {
      return field.equals(f);
    }

    @Override
    public void consumeTerms(Query query, Term... ts) {
      for (Term t : ts) {
        if (field.equals(t.field())) {
          terms.add(BytesRef.deepCopyOf(t.bytes()));
        }
      }
    }

    @Override
    public void consumeTermsMatching(Query query, String f, Supplier<ByteRunAutomaton> automaton) {
      if (field.equals(f)) {
        patterns.add(automaton.get());
      }
    }

    @Override
    public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
      return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
    }
  }
}
