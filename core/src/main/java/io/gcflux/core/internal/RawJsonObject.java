package io.gcflux.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
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
 * <p>The bytes must already have passed Jackson's parser ({@link #skim}), so this class only has to
 * find where values start and end, not check the syntax. Plain values (unescaped strings, integers
 * that fit a {@code long}, literals) are read directly; anything else is handed to Jackson, so the
 * result is always what the tree would have given.
 */
final class RawJsonObject {
  /** What no field lookup finds. */
  static final int ABSENT = -1;

  private final byte[] bytes;
  private final int start;
  private final int end;

  // Given by the skim for a top-level object, else built on the first read. Threads may race to
  // build it; each builds the same, and Index's final fields make a published one fully visible.
  private Index index;

  private RawJsonObject(byte[] bytes, int start, int end, Index index) {
    this.bytes = bytes;
    this.start = start;
    this.end = end;
    this.index = index;
  }

  /**
   * Reads the object at the parser's {@code START_OBJECT} to its end with Jackson, which checks its
   * syntax while building nothing but an index of where each field's value starts, and keeps a copy
   * of its bytes (never the whole body's, which one retained item would keep alive).
   *
   * @param body the bytes the parser reads, from offset 0
   * @param shapes what the objects of one body share; items of a page have the same field names
   */
  static RawJsonObject skim(JsonParser parser, byte[] body, Shapes shapes) throws IOException {
    int from = tokenStart(parser, body, '{');
    int count = 0;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      shapes.add(count++, name, valueStart(parser, body) - from);
      if (value.isStructStart()) {
        parser.skipChildren();
      }
    }
    int to = tokenStart(parser, body, '}') + 1;
    if (to - from > Json.MAX_STRING_LENGTH) {
      // Skimming does not count string lengths; only an object this big can break the limit.
      Json.MAPPER.readTree(body, from, to - from);
    }
    byte[] own = Arrays.copyOfRange(body, from, to);
    return new RawJsonObject(own, 0, own.length, shapes.index(count));
  }

  /**
   * Where the current token, a brace, starts in {@code body}. Jackson's byte parser counts one past
   * it without allocating; that is checked, with its allocating location as the fallback.
   */
  private static int tokenStart(JsonParser parser, byte[] body, char brace) {
    int at = cheapTokenStart(parser);
    if (at < 0 || at >= body.length || body[at] != brace) {
      at = (int) parser.currentTokenLocation().getByteOffset();
    }
    return at;
  }

  /** Where the current token, a field's value, starts in {@code body}; checked like a brace. */
  private static int valueStart(JsonParser parser, byte[] body) {
    int at = cheapTokenStart(parser);
    if (!followsColon(body, at)) {
      at = (int) parser.currentTokenLocation().getByteOffset();
    }
    return at;
  }

  private static int cheapTokenStart(JsonParser parser) {
    return parser instanceof ParserBase
        ? (int) ((ParserBase) parser).getTokenCharacterOffset() - 1
        : -1;
  }

  private static boolean followsColon(byte[] body, int at) {
    if (at <= 0 || at >= body.length || isSpace(body[at]) || body[at] == ':') {
      return false;
    }
    int i = at - 1;
    while (i > 0 && isSpace(body[i])) {
      i--;
    }
    return body[i] == ':';
  }

  private static boolean isSpace(byte b) {
    return b == ' ' || b == '\n' || b == '\r' || b == '\t';
  }

  /** Where field {@code name}'s value starts, or ABSENT. */
  int find(String name) {
    Index found = index;
    if (found == null) {
      found = scan();
      index = found;
    }
    String[] names = found.names;
    // The last of duplicate names wins, as in Jackson's tree.
    for (int i = found.valueStarts.length - 1; i >= 0; i--) {
      if (name.equals(names[i])) {
        return start + found.valueStarts[i];
      }
    }
    return ABSENT;
  }

  boolean isNull(int at) {
    return bytes[at] == 'n';
  }

  boolean isObject(int at) {
    return bytes[at] == '{';
  }

  /** The object at {@code at}, sharing these bytes. */
  RawJsonObject object(int at) {
    return new RawJsonObject(bytes, at, endOfValue(at), null);
  }

  /**
   * The text of a plain string value, or {@code null} when it is not one (escaped, or no string).
   */
  String plainString(int at) {
    if (bytes[at] != '"') {
      return null;
    }
    int i = at + 1;
    while (true) {
      byte b = bytes[i];
      if (b == '"') {
        return new String(bytes, at + 1, i - at - 1, StandardCharsets.UTF_8);
      }
      if (b == '\\') {
        return null;
      }
      i++;
    }
  }

  /**
   * The value of a plain integer of at most 18 digits, which cannot overflow a long; {@code null}
   * for anything else (a string, a decimal, an exponent, a bigger number).
   */
  Long plainInteger(int at) {
    int i = at;
    boolean negative = bytes[i] == '-';
    if (negative) {
      i++;
    }
    long value = 0;
    int digits = 0;
    for (; i < end; i++, digits++) {
      int digit = bytes[i] - '0';
      if (digit < 0 || digit > 9) {
        break;
      }
      value = value * 10 + digit;
    }
    if (digits == 0 || digits > 18 || (i < end && isNumberPart(bytes[i]))) {
      return null;
    }
    return negative ? -value : value;
  }

  private static boolean isNumberPart(byte b) {
    return b == '.' || b == 'e' || b == 'E';
  }

  /** {@code true} or {@code false} for those literals, {@code null} for anything else. */
  Boolean plainBoolean(int at) {
    byte first = bytes[at];
    return first == 't' ? Boolean.TRUE : first == 'f' ? Boolean.FALSE : null;
  }

  /** The value at {@code at} as Jackson's tree reads it, for what the plain readers leave. */
  JsonNode tree(int at) {
    return parse(at, endOfValue(at));
  }

  /** Whether both hold the very same JSON text. */
  boolean sameBytes(RawJsonObject other) {
    return Arrays.equals(bytes, start, end, other.bytes, other.start, other.end);
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

  /** The index of a nested object, which the skim did not look inside. */
  private Index scan() {
    String[] names = new String[8];
    int[] valueStarts = new int[8];
    int count = 0;
    int i = skipSpace(start + 1);
    while (bytes[i] == '"') {
      int nameEnd = stringEnd(i);
      int valueStart = skipSpace(skipSpace(nameEnd + 1) + 1);
      if (count == names.length) {
        names = Arrays.copyOf(names, count * 2);
        valueStarts = Arrays.copyOf(valueStarts, count * 2);
      }
      names[count] = name(i, nameEnd);
      valueStarts[count++] = valueStart - start;
      i = skipSpace(endOfValue(valueStart));
      if (bytes[i] == ',') {
        i = skipSpace(i + 1);
      }
    }
    return new Index(Arrays.copyOf(names, count), Arrays.copyOf(valueStarts, count));
  }

  /** The name whose opening quote is at {@code quote} and closing quote at {@code close}. */
  private String name(int quote, int close) {
    for (int i = quote + 1; i < close; i++) {
      if (bytes[i] == '\\' || bytes[i] < 0) {
        return parse(quote, close + 1).asText();
      }
    }
    return new String(bytes, quote + 1, close - quote - 1, StandardCharsets.ISO_8859_1);
  }

  private int skipSpace(int i) {
    while (i < end) {
      if (!isSpace(bytes[i])) {
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
      if (b == ',' || b == '}' || b == ']' || isSpace(b)) {
        return i;
      }
      i++;
    }
    return i;
  }

  /** Field names and where each value starts, from the object's first byte. */
  private static final class Index {
    final String[] names;
    final int[] valueStarts;

    Index(String[] names, int[] valueStarts) {
      this.names = names;
      this.valueStarts = valueStarts;
    }
  }

  /**
   * What the objects skimmed from one body share: scratch space, and the last list of field names,
   * which the next item reuses when its names are the same (Jackson hands out one instance per
   * name), so a page of 500 items keeps one names array rather than 500.
   */
  static final class Shapes {
    private String[] names = new String[32];
    private int[] valueStarts = new int[32];
    private String[] last = new String[0];

    void add(int i, String name, int valueStart) {
      if (i == names.length) {
        names = Arrays.copyOf(names, i * 2);
        valueStarts = Arrays.copyOf(valueStarts, i * 2);
      }
      names[i] = name;
      valueStarts[i] = valueStart;
    }

    Index index(int count) {
      if (!sameAsLast(count)) {
        last = Arrays.copyOf(names, count);
      }
      return new Index(last, Arrays.copyOf(valueStarts, count));
    }

    private boolean sameAsLast(int count) {
      if (last.length != count) {
        return false;
      }
      for (int i = 0; i < count; i++) {
        if (last[i] != names[i]) {
          return false;
        }
      }
      return true;
    }
  }
}
