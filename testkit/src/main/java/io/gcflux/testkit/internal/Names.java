package io.gcflux.testkit.internal;

/** Naming conventions of the API's resource and link names. */
public final class Names {
  private Names() {}

  public static String singular(String plural) {
    if (plural.endsWith("ies")) {
      return plural.substring(0, plural.length() - 3) + "y";
    }
    if (plural.endsWith("s")) {
      return plural.substring(0, plural.length() - 1);
    }
    return plural;
  }
}
