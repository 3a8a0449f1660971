package org.annalist.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.annalist.model.Span;
import org.annalist.model.TimeExpression;
import org.annalist.model.TimexAnchoring;
import org.annalist.model.TimexType;

/**
 * CoreNLP's SUTime behind the same signature as Annalist's own time tagger, so that both can be
 * scored on the same gold data in one run ({@code annalist eval timex --compare-sutime}). Not used
 * by the pipeline: SUTime is slower and scores lower there (see docs/nlp.md).
 *
 * <p>Loads its own small CoreNLP pipeline (tokenize, ssplit, pos, lemma, ner with SUTime and the
 * numeric classifiers, fine-grained NER off). Thread-safe like {@link CoreNlpEngine}.
 */
public final class SuTimeTagger {
  private final StanfordCoreNLP pipeline;

  /** Loads the pipeline (seconds). */
  public SuTimeTagger() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.useSUTime", "true");
    p.setProperty("ner.applyNumericClassifiers", "true");
    this.pipeline = new StanfordCoreNLP(p);
  }

  /**
   * The time expressions SUTime finds in {@code text}, with values resolved against {@code
   * referenceDate} (SUTime's document date); offsets into {@code text}.
   */
  public List<TimeExpression> tag(String text, LocalDate referenceDate) {
    Annotation doc = new Annotation(text);
    if (referenceDate != null) {
      doc.set(CoreAnnotations.DocDateAnnotation.class, referenceDate.toString());
    }
    pipeline.annotate(doc);
    List<TimeExpression> out = new ArrayList<>();
    List<CoreMap> mentions = doc.get(CoreAnnotations.MentionsAnnotation.class);
    if (mentions == null) {
      return out;
    }
    for (CoreMap m : mentions) {
      Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
      if (timex == null || timex.value() == null || timex.timexType() == null) {
        continue;
      }
      TimexType type;
      try {
        type = TimexType.valueOf(timex.timexType().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        continue; // SUTime types beyond TIMEX3's four
      }
      int b = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int e = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      out.add(
          new TimeExpression(
              new Span(b, e),
              text.substring(b, e),
              type,
              timex.value(),
              referenceDate == null ? TimexAnchoring.UNRESOLVED : TimexAnchoring.RESOLVED,
              null,
              null));
    }
    return out;
  }
}
