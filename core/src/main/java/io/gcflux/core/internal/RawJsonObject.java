package io.gcflux.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A JSON object kept as the UTF-8 bytes the API sent, read one field at a time.
 *
 * <p>Building a Jackson tree for every item of every page was most of the cost of an export (each
 * field an entry, a node and a string, whether or not anyone reads it). Keeping the bytes is as
 * lossless as the tree and far smaller; a getter finds its field and decodes only that value.
 *
 * <p>The bytes must already have passed Jackson's parser ({@link Responses} skims each item with
 * it), so this class only has to find where names and values start and end, not check the syntax.
 * Plain values (unescaped strings, integers that fit a {@code long}, literals) are read directly;
 * anything else is handed to Jackson, so the result is always what the tree would have given.
 */
final class RawJsonObject {
  /** What no field lookup finds. */
  static final int ABSENT = -1;

  private final byte[] bytes;
  private final int start;
  private final int end;

  // Built on the first read. Threads may race to build it; each builds the same, and the final
  // field in Fields makes a published index fully visible.
  private Fields fields;

  /**
   * @param bytes the UTF-8 JSON, never changed afterwards
   * @param start the index of the opening brace
   * @param end the index after the closing brace
   */
  RawJsonObject(byte[] bytes, int start, int end) {
    this.bytes = bytes;
    this.start = start;
    this.end = end;
  }

  /** Where field {@code name}'s value is (an opaque slot for the readers below), or ABSENT. */
  int find(String name) {
    Fields index = fields;
    if (index == null) {
      index = new Fields(scan());
      fields = index;
    }
    int[] at = index.at;
    // The last of duplicate names wins, as in Jackson's tree.
    for (int slot = at.length - 4; slot >= 0; slot -= 4) {
      if (nameIs(at[slot], at[slot + 1], name)) {
        return slot;
      }
    }
    return ABSENT;
  }

  boolean isNull(int slot) {
    return bytes[valueStart(slot)] == 'n';
  }

  boolean isObject(int slot) {
    return bytes[valueStart(slot)] == '{';
  }

  /** The object at {@code slot}, sharing these bytes. */
  RawJsonObject object(int slot) {
    return new RawJsonObject(bytes, valueStart(slot), valueEnd(slot));
  }

  /**
   * The text of a plain string value, or {@code null} when it is not one (escaped, or no string).
   */
  String plainString(int slot) {
    int from = valueStart(slot);
    int to = valueEnd(slot);
    if (bytes[from] != '"') {
      return null;
    }
    for (int i = from + 1; i < to - 1; i++) {
      if (bytes[i] == '\\') {
        return null;
      }
    }
    return new String(bytes, from + 1, to - from - 2, StandardCharsets.UTF_8);
  }

  /**
   * The value of a plain integer of at most 18 digits, which cannot overflow a long; {@code null}
   * for anything else (a string, a decimal, an exponent, a bigger number).
   */
  Long plainInteger(int slot) {
    int i = valueStart(slot);
    int to = valueEnd(slot);
    boolean negative = bytes[i] == '-';
    if (negative) {
      i++;
    }
    if (to - i < 1 || to - i > 18) {
      return null;
    }
    long value = 0;
    for (; i < to; i++) {
      int digit = bytes[i] - '0';
      if (digit < 0 || digit > 9) {
        return null;
      }
      value = value * 10 + digit;
    }
    return negative ? -value : value;
  }

  /** {@code true} or {@code false} for those literals, {@code null} for anything else. */
  Boolean plainBoolean(int slot) {
    byte first = bytes[valueStart(slot)];
    return first == 't' ? Boolean.TRUE : first == 'f' ? Boolean.FALSE : null;
  }

  /** The value as Jackson's tree reads it, for everything the plain readers leave. */
  JsonNode tree(int slot) {
    return parse(valueStart(slot), valueEnd(slot));
  }

  /** The whole object as a tree, parsed anew on each call: for the rare paths that need one. */
  ObjectNode tree() {
    return (ObjectNode) parse(start, end);
  }

  private JsonNode parse(int from, int to) {
    try {
      return Json.MAPPER.readTree(bytes, from, to - from);
    } catch (IOException e) {
      // The bytes passed Jackson's parser before they got here.
      throw new UncheckedIOException(e);
    }
  }

  private int valueStart(int slot) {
    return fields.at[slot + 2];
  }

  private int valueEnd(int slot) {
    return fields.at[slot + 3];
  }

  private boolean nameIs(int from, int to, String name) {
    int length = to - from;
    if (length != name.length()) {
      // An escaped or non-ASCII name is longer in bytes than in chars: compare it decoded.
      return length > name.length()
          && escapedOrWide(from, to)
          && decodedName(from, to).equals(name);
    }
    for (int i = 0; i < length; i++) {
      if (bytes[from + i] != name.charAt(i)) {
        return escapedOrWide(from, to) && decodedName(from, to).equals(name);
      }
    }
    return true;
  }

  private boolean escapedOrWide(int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] == '\\' || bytes[i] < 0) {
        return true;
      }
    }
    return false;
  }

  private String decodedName(int from, int to) {
    return parse(from - 1, to + 1).asText();
  }

  /** Per field: name start, name end (inside the quotes), value start, value end. */
  private int[] scan() {
    int[] at = new int[64];
    int count = 0;
    int i = skipSpace(start + 1);
    while (bytes[i] == '"') {
      int nameEnd = stringEnd(i);
      int valueStart = skipSpace(skipSpace(nameEnd + 1) + 1);
      int valueEnd = endOfValue(valueStart);
      if (count + 4 > at.length) {
        at = Arrays.copyOf(at, at.length * 2);
      }
      at[count++] = i + 1;
      at[count++] = nameEnd;
      at[count++] = valueStart;
      at[count++] = valueEnd;
      i = skipSpace(valueEnd);
      if (bytes[i] == ',') {
        i = skipSpace(i + 1);
      }
    }
    return Arrays.copyOf(at, count);
  }

  private int skipSpace(int i) {
    while (i < end) {
      byte b = bytes[i];
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return i;
      }
      i++;
    }
    return i;
  }

  /** The index of the quote that closes the string opening at {@code quote}. */
  private int stringEnd(int quote) {
    int i = quote + 1;
    while (true) {
      byte b = bytes[i];
      if (b == '"') {
        return i;
      }
      i += b == '\\' ? 2 : 1;
    }
  }

  /** The index after the value starting at {@code i}. */
  private int endOfValue(int i) {
    byte first = bytes[i];
    if (first == '"') {
      return stringEnd(i) + 1;
    }
    if (first == '{' || first == '[') {
      int depth = 0;
      while (true) {
        byte b = bytes[i];
        if (b == '"') {
          i = stringEnd(i);
        } else if (b == '{' || b == '[') {
          depth++;
        } else if ((b == '}' || b == ']') && --depth == 0) {
          return i + 1;
        }
        i++;
      }
    }
    while (i < end) {
      byte b = bytes[i];
      if (b == ',' || b == '}' || b == ']' || b == ' ' || b == '\n' || b == '\r' || b == '\t') {
        return i;
      }
      i++;
    }
    return i;
  }

  private static final class Fields {
    final int[] at;

    Fields(int[] at) {
      this.at = at;
    }
  }
}
