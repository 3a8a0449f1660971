package org.annalist.extract.coder;

import java.util.Map;

/**
 * CAMEO's parallel categories: an action stated under an intent ("agreed to release"), an appeal
 * ("urged X to withdraw"), a demand ("insisted on the release"), a refusal ("refused to negotiate")
 * or a threat ("threatened to attack") is coded as that verbal act, with the code the CAMEO 1.1b3
 * codebook gives it for that action: 0353 express intent to release, 0256 appeal for de-escalation,
 * 1053 demand release, 125 reject proposal to meet or negotiate, 1384 threaten conventional attack.
 * Stateless.
 */
final class Frames {
  private Frames() {}

  /** How a governing verb frames the action of its complement. */
  enum Frame {
    /** Express intent to (03). */
    INTENT("030"),
    /** Appeal for (02). */
    APPEAL("020"),
    /** Demand (10). */
    DEMAND("100"),
    /** Reject, refuse (12). */
    REJECT("120"),
    /** Threaten (13). */
    THREATEN("130");

    private final String generic;

    Frame(String generic) {
      this.generic = generic;
    }

    /** The category's code "not specified below" (030, 020, 100, 120, 130). */
    String generic() {
      return generic;
    }
  }

  private static final Map<String, Frame> VERBS =
      Map.ofEntries(
          Map.entry("agree", Frame.INTENT),
          Map.entry("pledge", Frame.INTENT),
          Map.entry("promise", Frame.INTENT),
          Map.entry("vow", Frame.INTENT),
          Map.entry("commit", Frame.INTENT),
          Map.entry("offer", Frame.INTENT),
          Map.entry("undertake", Frame.INTENT),
          Map.entry("consent", Frame.INTENT),
          Map.entry("intend", Frame.INTENT),
          Map.entry("urge", Frame.APPEAL),
          Map.entry("ask", Frame.APPEAL),
          Map.entry("appeal", Frame.APPEAL),
          Map.entry("call", Frame.APPEAL),
          Map.entry("press", Frame.APPEAL),
          Map.entry("implore", Frame.APPEAL),
          Map.entry("encourage", Frame.APPEAL),
          Map.entry("invite", Frame.APPEAL),
          Map.entry("request", Frame.APPEAL),
          Map.entry("plead", Frame.APPEAL),
          Map.entry("demand", Frame.DEMAND),
          Map.entry("insist", Frame.DEMAND),
          Map.entry("refuse", Frame.REJECT),
          Map.entry("decline", Frame.REJECT),
          Map.entry("reject", Frame.REJECT),
          Map.entry("threaten", Frame.THREATEN));

  /** The frame a verb lemma sets for its complement, or null. */
  static Frame of(String lemma) {
    return VERBS.get(lemma);
  }

  /**
   * The code of action {@code code} under frame {@code f}, or null where the codebook has no
   * parallel code (an appeal to cut ties, a threat to negotiate).
   */
  static String parallel(Frame f, String code) {
    if (code == null || code.length() < 3) {
      return null;
    }
    String c3 = code.substring(0, 3);
    String root = code.substring(0, 2);
    return switch (f) {
      case INTENT -> intent(c3, root);
      case APPEAL -> appeal(c3, root);
      case DEMAND -> demand(c3, root);
      case REJECT -> reject(c3, root);
      case THREATEN -> threaten(c3, root);
    };
  }

  private static String intent(String c3, String root) {
    return switch (c3) {
      case "045" -> "039";
      case "060" -> "031";
      case "061" -> "0311";
      case "062" -> "0312";
      case "063" -> "0313";
      case "064" -> "0314";
      case "070" -> "033";
      case "071" -> "0331";
      case "072" -> "0332";
      case "073" -> "0333";
      case "074" -> "0334";
      case "080" -> "035";
      case "081" -> "0351";
      case "082" -> "0352";
      case "083" -> "034";
      case "084" -> "0353";
      case "085" -> "0354";
      case "086" -> "0355";
      case "087" -> "0356";
      default -> "04".equals(root) ? "036" : "05".equals(root) && !"057".equals(c3) ? "032" : null;
    };
  }

  private static String appeal(String c3, String root) {
    return switch (c3) {
      case "045" -> "028";
      case "060" -> "021";
      case "061" -> "0211";
      case "062" -> "0212";
      case "063" -> "0213";
      case "064" -> "0214";
      case "070" -> "023";
      case "071" -> "0231";
      case "072" -> "0232";
      case "073" -> "0233";
      case "074" -> "0234";
      case "080" -> "025";
      case "081" -> "0251";
      case "082" -> "0252";
      case "083" -> "024";
      case "084" -> "0253";
      case "085" -> "0254";
      case "086" -> "0255";
      case "087" -> "0256";
      default -> "04".equals(root) ? "026" : "05".equals(root) && !"057".equals(c3) ? "022" : null;
    };
  }

  private static String demand(String c3, String root) {
    return switch (c3) {
      case "045" -> "108";
      case "060" -> "101";
      case "061" -> "1011";
      case "062" -> "1012";
      case "063" -> "1013";
      case "064" -> "1014";
      case "070" -> "103";
      case "071" -> "1031";
      case "072" -> "1032";
      case "073" -> "1033";
      case "074" -> "1034";
      case "080" -> "105";
      case "081" -> "1051";
      case "082" -> "1052";
      case "083" -> "104";
      case "084" -> "1053";
      case "085" -> "1054";
      case "086" -> "1055";
      case "087" -> "1056";
      default -> "04".equals(root) ? "106" : "05".equals(root) && !"057".equals(c3) ? "102" : null;
    };
  }

  private static String reject(String c3, String root) {
    return switch (c3) {
      case "045" -> "126";
      case "057" -> "127";
      case "060" -> "121";
      case "061" -> "1211";
      case "062" -> "1212";
      case "070" -> "122";
      case "071" -> "1221";
      case "072" -> "1222";
      case "073" -> "1223";
      case "074" -> "1224";
      case "080" -> "124";
      case "081" -> "1241";
      case "082" -> "1242";
      case "083" -> "123";
      case "084" -> "1243";
      case "085" -> "1244";
      case "086" -> "1245";
      case "087" -> "1246";
      default -> "04".equals(root) ? "125" : null;
    };
  }

  private static String threaten(String c3, String root) {
    return switch (c3) {
      case "161" -> "1313";
      case "162" -> "1311";
      case "163" -> "1312";
      case "164" -> "134";
      case "165" -> "135";
      case "166" -> "136";
      case "172" -> "132";
      case "175" -> "137";
      case "191" -> "1381";
      case "192" -> "1382";
      case "204" -> "1385";
      default ->
          switch (root) {
            case "14" -> "133";
            case "18", "20" -> "1383";
            case "19" -> "1384";
            default -> null;
          };
    };
  }
}
