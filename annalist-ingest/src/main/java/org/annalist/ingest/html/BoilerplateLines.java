package org.annalist.ingest.html;

import java.util.regex.Pattern;

/**
 * Recognises short lines that are site furniture by their wording: share and follow prompts,
 * newsletter and cookie prompts, "read more" leads, advertisement labels, photo credits. Stateless
 * and thread-safe.
 */
final class BoilerplateLines {

  private static final int MAX_LENGTH = 160;

  private static final Pattern[] PATTERNS = {
    Pattern.compile(
        "(?i)^(advertisement|advertising|ad|sponsored( content)?|paid content|story"
            + " continues below( advertisement)?|continue reading( below)?|scroll to continue.*)$"),
    Pattern.compile(
        "(?i)^(share|share this( article| story| post)?|share on \\w+|tweet|email|print"
            + "|comments?|\\d+ comments?|save|copy link|link copied)[\\s:!.]*$"),
    Pattern.compile(
        "(?i)^(read more|related|see also|more from|more on this|recommended|most read"
            + "|most popular|trending|you may also like|you might also like|related (stories|articles"
            + "|coverage|content|posts))\\b.{0,100}$"),
    Pattern.compile(
        "(?i)^(sign up|subscribe|get (our|the) .{0,40}newsletter|join our|follow us"
            + "|like us on|download (our|the) app)\\b.*$"),
    Pattern.compile(
        "(?i)\\b(we use cookies|cookie policy|accept cookies|privacy policy|terms of"
            + " (use|service)|all rights reserved)\\b"),
    Pattern.compile(
        "(?i)^(\\(?(photo|image|picture|video|illustration|graphic|file photo)s?"
            + "( credit)?\\)?\\s*(:|by\\b|/|—|-)).{0,120}$"),
    Pattern.compile(
        "(?i)^.{0,80}\\b(getty images|shutterstock|afp via getty|ap photo|reuters"
            + " photo|istock(photo)?)\\b.{0,40}$"),
    Pattern.compile("(?i)^(©|\\(c\\)|copyright\\b).*$"),
    Pattern.compile(
        "(?i)^(correction|clarification|editor['’]s note)\\s*[:.—–-]|^an earlier version of this"
            + " (article|story|report)\\b"),
  };

  private BoilerplateLines() {}

  /** {@code boilerplate-line} when {@code text} is a short furniture line, else null. */
  static String reason(String text) {
    if (text.length() > MAX_LENGTH) {
      return null;
    }
    for (Pattern p : PATTERNS) {
      if (p.matcher(text).find()) {
        return BodySelector.BOILERPLATE;
      }
    }
    return null;
  }
}
