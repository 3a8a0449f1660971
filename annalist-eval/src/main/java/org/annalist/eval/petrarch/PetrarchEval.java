package org.annalist.eval.petrarch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.annalist.extract.actor.ActorDictionary;
import org.annalist.extract.actor.AgentDictionary;
import org.annalist.extract.actor.DictionaryReader;
import org.annalist.extract.actor.Discards;
import org.annalist.extract.actor.Phrases;
import org.annalist.extract.actor.VerbDictionary;
import org.annalist.extract.coder.ActorCoder;
import org.annalist.extract.coder.EventCoder;
import org.annalist.extract.event.Cameo;
import org.annalist.extract.event.Plover;
import org.annalist.model.Annotation;
import org.annalist.model.Article;
import org.annalist.model.Event;
import org.annalist.model.Extraction;
import org.annalist.model.Origin;

/**
 * Runs Annalist's {@link EventCoder} on PETRARCH's unit-test records with PETRARCH's own
 * dictionaries ({@code PETR.Validate.actors/agents/verbs/discards.txt} in the same folder, read
 * with Annalist's TABARI/PETRARCH loaders) and scores it with {@link PetrarchScore}. Each record's
 * text is annotated by the given NLP function (the records' Penn Treebank parses are not used); a
 * record matching a discard phrase is coded as no event, and so is a record whose Treebank parse
 * has unbalanced brackets, which PETRARCH rejects as bad input ({@code bad_input_parse}; the parse
 * is not used otherwise). An event without a target is scored with target {@code ---}, as PETRARCH
 * writes it; where a record's {@code <Config>} sets {@code require_dyad} false, events without a
 * target are coded ({@link EventCoder#notRequiringDyads()}), as PETRARCH does there. The validation
 * dictionaries use codes outside CAMEO (901, 345): the coder keeps them ({@link
 * EventCoder#keepingUnknownCodes()}). Stateless.
 */
public final class PetrarchEval {
  private PetrarchEval() {}

  /** The records file in a PETRARCH unit-test folder. */
  public static final String RECORDS = "PETR.UnitTest.records.xml";

  /**
   * Codes and scores every record in {@code dir}.
   *
   * @param dir folder with the records file and the four dictionaries
   * @param nlp annotates an article (sentences with UD dependencies); called once per record
   * @throws NoSuchFileException when the records file or a dictionary is missing
   * @throws IOException when a file cannot be read
   */
  public static PetrarchScore run(Path dir, Function<Article, Annotation> nlp) throws IOException {
    return run(PetrarchInputs.inFolder(dir), nlp);
  }

  /**
   * Codes and scores every record of {@code inputs.records()} with {@code inputs}' dictionaries.
   *
   * @throws NoSuchFileException when a file is missing
   * @throws IOException when a file cannot be read
   */
  public static PetrarchScore run(PetrarchInputs inputs, Function<Article, Annotation> nlp)
      throws IOException {
    List<Path> files = new ArrayList<>(inputs.actors());
    files.add(inputs.records());
    files.add(inputs.agents());
    files.add(inputs.verbs());
    if (inputs.discards() != null) {
      files.add(inputs.discards());
    }
    for (Path f : files) {
      if (!Files.isRegularFile(f)) {
        throw new NoSuchFileException(f.toString());
      }
    }
    ActorDictionary actors = ActorDictionary.empty();
    for (Path f : inputs.actors()) {
      actors = actors.plus(DictionaryReader.actors(f).value());
    }
    AgentDictionary agents = DictionaryReader.agents(inputs.agents()).value();
    VerbDictionary verbs = DictionaryReader.verbs(inputs.verbs()).value();
    Discards discards =
        inputs.discards() == null
            ? Discards.empty()
            : DictionaryReader.discards(inputs.discards()).value();
    EventCoder coder =
        new EventCoder(
                new ActorCoder(actors, agents),
                verbs,
                VerbDictionary.builder().build(),
                Cameo.load(),
                Plover.load())
            .keepingUnknownCodes();
    EventCoder undirected = coder.notRequiringDyads();
    List<PetrarchRecord> records = PetrarchRecords.read(inputs.records());
    String origin = inputs.records().getFileName().toString();
    return PetrarchScore.of(
        records, r -> code(r.requiresDyad() ? coder : undirected, discards, nlp, r, origin));
  }

  /** Codes one record: (source, target or "---", code) of each event. */
  static List<Coding> code(
      EventCoder coder,
      Discards discards,
      Function<Article, Annotation> nlp,
      PetrarchRecord r,
      String origin) {
    if (!r.wellFormedInput() || discards.find(Phrases.tokenize(r.text())).isPresent()) {
      return List.of();
    }
    Article a =
        new Article(
            r.id(),
            List.of(Origin.file(origin + "#" + r.id())),
            null,
            null,
            r.date(),
            null,
            null,
            "en",
            r.text(),
            List.of(),
            null,
            null);
    Annotation ann = nlp.apply(a);
    Extraction none = new Extraction(r.id(), "petrarch-eval", List.of(), List.of(), List.of());
    List<Coding> out = new ArrayList<>();
    for (Event e : coder.code(a, ann, none)) {
      out.add(
          new Coding(e.source().code(), e.target() == null ? "---" : e.target().code(), e.cameo()));
    }
    return out;
  }
}
