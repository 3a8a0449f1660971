package org.annalist.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One coded event: who did what to whom, when and where, how the article presents it, and the
 * evidence in the body. Offsets point into {@link Article#body()}.
 *
 * <p>Validated on construction ({@link IllegalArgumentException} with the values in the message):
 * {@code cameo} is 2–4 digits and {@code root} its first two; {@code goldstein} lies in [-10, 10];
 * {@code quad} in 1–4; {@code date} is null exactly when {@code datePrecision} is {@code UNKNOWN};
 * {@code place} is null exactly when {@code placePrecision} is {@code NONE}; a PLOVER mode needs a
 * PLOVER category; the trigger lies inside the evidence. Codebook membership of {@code cameo} is
 * not checked here (the model knows no codebook; see {@code org.annalist.extract.event.Cameo}).
 *
 * @param id stable identity, {@link #idOf(String, int, Span, String)} of article, sentence, trigger
 *     span and code: the same event coded again from the same article gets the same id
 * @param articleId the article's id ({@link ArticleId#of(String)})
 * @param sentence index of the sentence the trigger is in
 * @param cameo the CAMEO event code, 2–4 digits ({@code "112"}, {@code "0874"})
 * @param root the CAMEO root code, the first two digits of {@code cameo} ({@code "11"})
 * @param plover the PLOVER event category ({@code "ACCUSE"}), or null where PLOVER has none for the
 *     code (CAMEO 010 "make statement")
 * @param ploverMode the PLOVER mode ({@code "disapprove"}, {@code "visit"}), or null
 * @param goldstein the Goldstein conflict–cooperation value of the code, -10 (most conflictual) to
 *     +10 (most cooperative)
 * @param quad the QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4
 *     material conflict
 * @param source who acts (never null)
 * @param target who is acted on, or null for codes that need none (a statement, a mobilisation)
 * @param date the event's date: an ISO date ({@code 2021-01-04}) or TIMEX3 value ({@code 2021-W02},
 *     {@code 2021-01}, {@code 2021}); null when {@code datePrecision} is {@code UNKNOWN}
 * @param datePrecision how precise {@code date} is and whether it is the publication day
 * @param place where it happened, as written ("Kandahar"), or null
 * @param placePrecision whether {@code place} came from the clause or the dateline
 * @param factuality how the article presents the event (asserted, claimed, denied, ...)
 * @param assertedBy who asserts, claims or denies it (a resolved speaker), or null when the article
 *     itself asserts it
 * @param trigger the word or phrase that expresses the action ("accused", "airstrikes")
 * @param triggerSpan where {@code trigger} is written
 * @param evidence the span of the sentence (or quote) the event was coded from; contains {@code
 *     triggerSpan}
 */
public record Event(
    String id,
    String articleId,
    int sentence,
    String cameo,
    String root,
    String plover,
    String ploverMode,
    double goldstein,
    int quad,
    EventActor source,
    EventActor target,
    String date,
    DatePrecision datePrecision,
    String place,
    PlacePrecision placePrecision,
    Factuality factuality,
    EventActor assertedBy,
    String trigger,
    Span triggerSpan,
    Span evidence) {
  public Event {
    requireText(id, "id");
    requireText(articleId, "articleId");
    if (sentence < 0) {
      throw new IllegalArgumentException("sentence index must be >= 0: " + sentence);
    }
    Objects.requireNonNull(cameo, "cameo");
    if (!cameo.matches("[0-9]{2,4}")) {
      throw new IllegalArgumentException("CAMEO code must be 2-4 digits: '" + cameo + "'");
    }
    if (!cameo.substring(0, 2).equals(root)) {
      throw new IllegalArgumentException("root '" + root + "' is not the root of code " + cameo);
    }
    if (ploverMode != null && plover == null) {
      throw new IllegalArgumentException("PLOVER mode '" + ploverMode + "' without a category");
    }
    if (!(goldstein >= -10.0 && goldstein <= 10.0)) {
      throw new IllegalArgumentException("goldstein must lie in [-10, 10]: " + goldstein);
    }
    if (quad < 1 || quad > 4) {
      throw new IllegalArgumentException("quad class must be 1-4: " + quad);
    }
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(datePrecision, "datePrecision");
    if ((date == null) != (datePrecision == DatePrecision.UNKNOWN)) {
      throw new IllegalArgumentException(
          "date '" + date + "' does not agree with precision " + datePrecision);
    }
    Objects.requireNonNull(placePrecision, "placePrecision");
    if ((place == null) != (placePrecision == PlacePrecision.NONE)) {
      throw new IllegalArgumentException(
          "place '" + place + "' does not agree with precision " + placePrecision);
    }
    Objects.requireNonNull(factuality, "factuality");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(triggerSpan, "triggerSpan");
    Objects.requireNonNull(evidence, "evidence");
    if (triggerSpan.start() < evidence.start() || triggerSpan.end() > evidence.end()) {
      throw new IllegalArgumentException(
          "trigger span " + triggerSpan + " lies outside the evidence " + evidence);
    }
  }

  /** This event under another id. */
  public Event withId(String newId) {
    return new Event(
        newId,
        articleId,
        sentence,
        cameo,
        root,
        plover,
        ploverMode,
        goldstein,
        quad,
        source,
        target,
        date,
        datePrecision,
        place,
        placePrecision,
        factuality,
        assertedBy,
        trigger,
        triggerSpan,
        evidence);
  }

  /** This event with other source, target and asserting party (the same id). */
  public Event withActors(EventActor newSource, EventActor newTarget, EventActor newAssertedBy) {
    return new Event(
        id,
        articleId,
        sentence,
        cameo,
        root,
        plover,
        ploverMode,
        goldstein,
        quad,
        newSource,
        newTarget,
        date,
        datePrecision,
        place,
        placePrecision,
        factuality,
        newAssertedBy,
        trigger,
        triggerSpan,
        evidence);
  }

  /**
   * The stable id of an event: the first 16 hex digits (64 bits) of SHA-256 over article id,
   * sentence index, trigger offsets and CAMEO code.
   */
  public static String idOf(String articleId, int sentence, Span triggerSpan, String cameo) {
    String key =
        articleId
            + "\n"
            + sentence
            + "\n"
            + triggerSpan.start()
            + "-"
            + triggerSpan.end()
            + "\n"
            + cameo;
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
    }
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank: '" + value + "'");
    }
  }
}
