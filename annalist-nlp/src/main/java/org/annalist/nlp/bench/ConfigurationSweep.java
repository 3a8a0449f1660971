package org.annalist.nlp.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.annalist.model.Annotation;
import org.annalist.model.Article;
import org.annalist.model.EntityType;
import org.annalist.model.Mention;
import org.annalist.nlp.CoreNlpEngine;
import org.annalist.nlp.CoreNlpOptions;
import org.annalist.nlp.NerModel;

/**
 * Measures CoreNLP configurations one after another on the same articles: model load time, heap
 * kept after loading, tokens/s, and how many PERSON, ORGANIZATION and LOCATION mentions agree (same
 * span, same type) with the first configuration, the reference.
 *
 * <p>One engine at a time is loaded and closed after its run. Reports, never asserts.
 */
public final class ConfigurationSweep {
  private static final List<EntityType> COMPARED =
      List.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION);

  private final Bench bench;

  /** A sweep that measures each configuration with {@code bench}. */
  public ConfigurationSweep(Bench bench) {
    this.bench = Objects.requireNonNull(bench, "bench");
  }

  /**
   * Agreement of one entity type with the reference.
   *
   * @param type the entity type
   * @param reference mentions of this type the reference found
   * @param found mentions of this type this configuration found
   * @param matched mentions found by both, with the same span
   */
  public record TypeAgreement(EntityType type, int reference, int found, int matched) {}

  /**
   * One configuration's figures.
   *
   * @param name short name
   * @param options the configuration
   * @param loadTime model load time
   * @param heapAfterLoad heap in use after loading (and a collection), models included
   * @param result the benchmark
   * @param agreement per compared type, against the reference
   */
  public record Row(
      String name,
      CoreNlpOptions options,
      Duration loadTime,
      long heapAfterLoad,
      BenchResult result,
      List<TypeAgreement> agreement) {
    public Row {
      agreement = List.copyOf(agreement);
    }
  }

  /**
   * The configurations worth comparing, CoreNLP's default NER first (the reference), ending with
   * {@link CoreNlpOptions#DEFAULTS}.
   */
  public static Map<String, CoreNlpOptions> standardConfigurations() {
    CoreNlpOptions base = CoreNlpOptions.CORENLP_DEFAULT_NER;
    CoreNlpOptions lean = base.withFineGrained(false).withNumericClassifiers(false);
    Map<String, CoreNlpOptions> out = new LinkedHashMap<>();
    out.put("corenlp-default-ner", base);
    out.put("no-sutime", base.withSutime(false));
    out.put("no-fine-grained", base.withFineGrained(false));
    out.put("no-fine, no-sutime", base.withFineGrained(false).withSutime(false));
    out.put("no-fine, no-numeric", lean);
    out.put("no-fine, no-numeric, 3class+conll", lean.withNerModel(NerModel.THREE_CLASS_AND_CONLL));
    out.put("no-fine, no-numeric, conll", lean.withNerModel(NerModel.CONLL));
    out.put("conll + depparse", CoreNlpOptions.DEFAULTS.withNerModel(NerModel.CONLL));
    out.put("3class+conll + depparse (DEFAULTS)", CoreNlpOptions.DEFAULTS);
    return out;
  }

  /**
   * Runs every configuration, in order; the first is the reference for agreement.
   *
   * @param progress told of each row as soon as it is measured
   */
  public List<Row> run(
      Map<String, CoreNlpOptions> configurations, List<Article> articles, Consumer<Row> progress) {
    List<Row> rows = new ArrayList<>();
    Set<String> reference = null;
    for (Map.Entry<String, CoreNlpOptions> c : configurations.entrySet()) {
      Bench.usedHeapAfterGc();
      CoreNlpEngine engine = new CoreNlpEngine(c.getValue());
      try {
        long heap = Bench.usedHeapAfterGc();
        Bench.Measurement<Annotation> m =
            bench.run(c.getKey(), engine::apply, articles, Annotation::tokenCount);
        Set<String> mentions = keys(m.outputs());
        if (reference == null) {
          reference = mentions;
        }
        Row row =
            new Row(
                c.getKey(),
                c.getValue(),
                engine.loadTime(),
                heap,
                m.result(),
                agreement(reference, mentions));
        rows.add(row);
        progress.accept(row);
      } finally {
        engine.close();
      }
    }
    return rows;
  }

  private static List<TypeAgreement> agreement(Set<String> reference, Set<String> found) {
    List<TypeAgreement> out = new ArrayList<>();
    for (EntityType t : COMPARED) {
      String suffix = "|" + t;
      Set<String> ref = new HashSet<>();
      reference.stream().filter(k -> k.endsWith(suffix)).forEach(ref::add);
      Set<String> got = new HashSet<>();
      found.stream().filter(k -> k.endsWith(suffix)).forEach(got::add);
      int total = got.size();
      got.retainAll(ref);
      out.add(new TypeAgreement(t, ref.size(), total, got.size()));
    }
    return out;
  }

  /** article id, span and type of every compared mention. */
  private static Set<String> keys(List<Annotation> annotations) {
    Set<String> out = new HashSet<>();
    for (Annotation a : annotations) {
      for (Mention m : a.mentions()) {
        if (COMPARED.contains(m.type())) {
          out.add(a.articleId() + "|" + m.span().start() + "|" + m.span().end() + "|" + m.type());
        }
      }
    }
    return out;
  }
}
