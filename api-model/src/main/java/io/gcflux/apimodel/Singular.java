package io.gcflux.apimodel;

import java.util.Locale;

/** The naming rules of the API's plural resource and list names. */
public final class Singular {
  private Singular() {}

  /**
   * {@code payments} to {@code payment}, {@code funds_availabilities} to {@code
   * funds_availability}; names that only look plural, such as {@code status} or {@code address},
   * stay as they are.
   */
  public static String of(String plural) {
    if (plural.endsWith("ies")) {
      return plural.substring(0, plural.length() - 3) + "y";
    }
    if (plural.endsWith("sses") || plural.endsWith("xes")) {
      return plural.substring(0, plural.length() - 2);
    }
    if (plural.endsWith("s") && !plural.endsWith("ss") && !plural.endsWith("us")) {
      return plural.substring(0, plural.length() - 1);
    }
    return plural;
  }

  /**
   * {@code BA} for {@code bank_account}: a stand-in prefix for names the description gives none.
   */
  static String initials(String snake) {
    String[] words = snake.split("_");
    String letters =
        words.length > 1
            ? "" + words[0].charAt(0) + words[1].charAt(0)
            : words[0].substring(0, Math.min(2, words[0].length()));
    return letters.toUpperCase(Locale.ROOT);
  }
}
