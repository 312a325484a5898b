package io.gcflux.testkit.internal;

import java.util.ArrayList;
import java.util.List;

/** Segment-wise matching where {@code :name} segments match any single segment. */
public final class PathTemplate {
  private PathTemplate() {}

  public static List<String> segments(String path) {
    List<String> segments = new ArrayList<>();
    for (String segment : path.split("/")) {
      if (!segment.isEmpty()) {
        segments.add(segment);
      }
    }
    return segments;
  }

  /**
   * Returns the number of literal segments matched, or -1 when the path does not match, so that
   * callers can prefer the most literal template.
   */
  public static int score(List<String> template, List<String> path) {
    if (template.size() != path.size()) {
      return -1;
    }
    int literals = 0;
    for (int i = 0; i < template.size(); i++) {
      String expected = template.get(i);
      if (expected.startsWith(":")) {
        continue;
      }
      if (!expected.equals(path.get(i))) {
        return -1;
      }
      literals++;
    }
    return literals;
  }

  public static String firstParameter(List<String> template, List<String> path) {
    for (int i = 0; i < template.size(); i++) {
      if (template.get(i).startsWith(":")) {
        return path.get(i);
      }
    }
    return null;
  }
}
