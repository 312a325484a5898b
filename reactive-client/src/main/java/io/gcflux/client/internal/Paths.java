package io.gcflux.client.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Expands path templates, percent-encoding each parameter so an id can never change the path. */
final class Paths {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private Paths() {}

  static String expand(Operation op, List<String> values) {
    String[] segments = op.path().split("/", -1);
    StringBuilder path = new StringBuilder();
    int next = 0;
    for (int i = 1; i < segments.length; i++) {
      path.append('/');
      String segment = segments[i];
      if (segment.startsWith(":")) {
        String name = segment.substring(1);
        String value = next < values.size() ? values.get(next++) : null;
        if (value == null || value.isBlank()) {
          throw new IllegalArgumentException(
              name + " must not be null or blank: " + op.method() + " " + op.path());
        }
        path.append(encodeSegment(value));
      } else {
        path.append(segment);
      }
    }
    return path.toString();
  }

  /** Encodes everything but letters, digits, '-', '_' and '~'; even '.' so ".." stays data. */
  static String encodeSegment(String value) {
    StringBuilder out = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '_'
          || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    return out.toString();
  }
}
