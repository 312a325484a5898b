package io.gcflux.client.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Expands path templates, percent-encoding each parameter so an id can never change the path. */
final class Paths {
  /** Longer than any GoCardless id (about 14 characters) by far; longer is a mistake. */
  static final int MAX_ID_LENGTH = 255;

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private Paths() {}

  static String expand(Operation op, List<String> values) {
    if (op.path().indexOf(':') < 0) {
      // No parameter to fill in (a create or a list): the template is the path.
      return op.path();
    }
    String[] segments = op.path().split("/", -1);
    StringBuilder path = new StringBuilder();
    int next = 0;
    for (int i = 1; i < segments.length; i++) {
      path.append('/');
      String segment = segments[i];
      if (segment.startsWith(":")) {
        String name = segment.substring(1);
        String value = next < values.size() ? values.get(next++) : null;
        check(op, name, value);
        path.append(encodeSegment(value));
      } else {
        path.append(segment);
      }
    }
    return path.toString();
  }

  /**
   * Refuses what no id can be. Other characters ({@code / ? # %}, spaces, non-ASCII) are sent
   * percent-encoded, so the API answers 404 for them rather than the client calling another path.
   */
  private static void check(Operation op, String name, String value) {
    String call = op.method() + " " + op.path();
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be null or blank: " + call);
    }
    if (value.length() > MAX_ID_LENGTH) {
      throw new IllegalArgumentException(
          name
              + " is "
              + value.length()
              + " characters long, over the limit of "
              + MAX_ID_LENGTH
              + ": "
              + call);
    }
    if (value.equals(".") || value.equals("..")) {
      // Encoded or not, servers and proxies may resolve these against the path.
      throw new IllegalArgumentException(name + " must not be \".\" or \"..\": " + call);
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        throw new IllegalArgumentException(
            name + " contains a control character at index " + i + ": " + call);
      }
    }
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
