package io.gcflux.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The JSON object a generated resource or params value holds privately, with the readers its
 * getters call.
 *
 * <p>Keeping the JSON rather than copying it into fields is what makes decoding lossless: unknown
 * fields, unknown enum values and the exact text of decimals and timestamps all survive a decode
 * and re-encode. Decoded responses keep the bytes the API sent ({@link RawJsonObject}), which is
 * much cheaper than a tree; params that users build, and values Jackson binds, keep a tree. Neither
 * is handed to users, so nothing can change it after construction.
 *
 * <p>Generated types hold one by composition rather than extending it, so no public type names this
 * internal class. Each registers, once per class, how to reach its instance ({@link #register}),
 * which is how the runtime encodes params it only knows as {@code Object}.
 */
public final class JsonBacked {
  private static final Map<Class<?>, Function<Object, JsonBacked>> ACCESSORS =
      new ConcurrentHashMap<>();
  private static final Map<Class<?>, Function<JsonBacked, ?>> FACTORIES = new ConcurrentHashMap<>();
  private static final Function<JsonBacked, ?> NOT_GENERATED = json -> null;
  private static final Set<Class<?>> ANSWERED_BARE = ConcurrentHashMap.newKeySet();

  // Exactly one of the two is set.
  private final ObjectNode node;
  private final RawJsonObject raw;
  private int hash;

  /**
   * @param node the JSON object, which must not change afterwards
   */
  public JsonBacked(ObjectNode node) {
    this.node = Objects.requireNonNull(node, "node");
    this.raw = null;
  }

  JsonBacked(RawJsonObject raw) {
    this.node = null;
    this.raw = raw;
  }

  /**
   * Called from the static initializer of each generated type.
   *
   * @param accessor reaches the JSON of a value
   * @param factory makes a value over JSON
   */
  @SuppressWarnings("unchecked")
  public static <T> void register(
      Class<T> type, Function<T, JsonBacked> accessor, Function<JsonBacked, T> factory) {
    ACCESSORS.put(type, (Function<Object, JsonBacked>) accessor);
    FACTORIES.put(type, factory);
  }

  /**
   * Called from the static initializer of a resource type the API may answer without its envelope
   * ({@code response_may_be_bare} in the description).
   */
  public static void registerAnsweredBare(Class<?> type) {
    ANSWERED_BARE.add(type);
  }

  /** Whether the API may answer {@code type} without its envelope; loads the type first. */
  static boolean answeredBare(Class<?> type) {
    return factory(type) != null && ANSWERED_BARE.contains(type);
  }

  /**
   * How to make a generated type over JSON, or {@code null} when {@code type} is not one. Loads the
   * type first, since registration happens in its static initializer.
   */
  @SuppressWarnings("unchecked")
  static <T> Function<JsonBacked, T> factory(Class<T> type) {
    Function<JsonBacked, ?> factory = FACTORIES.get(type);
    if (factory == null) {
      try {
        Class.forName(type.getName(), true, type.getClassLoader());
      } catch (ClassNotFoundException e) {
        // Not loadable by name from its own loader: not a generated type either.
      }
      // Remembered either way, so other types do not pay for the lookup on every item.
      factory = FACTORIES.computeIfAbsent(type, t -> NOT_GENERATED);
    }
    return factory == NOT_GENERATED ? null : (Function<JsonBacked, T>) factory;
  }

  /**
   * The JSON behind a generated value, or {@code null} for {@code null}.
   *
   * @throws IllegalArgumentException when {@code value} is not a generated resource or params type
   */
  public static JsonBacked of(Object value) {
    if (value == null) {
      return null;
    }
    JsonBacked json = find(value);
    if (json == null) {
      throw new IllegalArgumentException(
          value.getClass().getName()
              + " is not a gcflux params or resource type: pass the generated params type of the"
              + " action");
    }
    return json;
  }

  /** The JSON behind {@code value}, or {@code null} when it is not a generated type. */
  public static JsonBacked find(Object value) {
    Function<Object, JsonBacked> accessor = ACCESSORS.get(value.getClass());
    return accessor == null ? null : accessor.apply(value);
  }

  /**
   * The JSON object as a tree; internal callers must not change it. Over a decoded response this
   * parses the bytes on each call, so hot paths use the field readers instead.
   */
  public ObjectNode node() {
    return node != null ? node : raw.tree();
  }

  /** Returns the JSON object this value stands for, exactly as the API reads or wrote it. */
  public String toJson() {
    return node().toString();
  }

  public boolean has(String field) {
    if (node != null) {
      JsonNode value = node.get(field);
      return value != null && !value.isNull();
    }
    int at = raw.find(field);
    return at != RawJsonObject.ABSENT && !raw.isNull(at);
  }

  public String string(String field) {
    return read(field, RawJsonObject::plainString, Values::string);
  }

  public Long int64(String field) {
    return read(field, RawJsonObject::plainInteger, Values::int64);
  }

  public Double float64(String field) {
    return Values.float64(value(field));
  }

  public Boolean bool(String field) {
    return read(field, RawJsonObject::plainBoolean, Values::bool);
  }

  public LocalDate date(String field) {
    return read(field, (raw, at) -> Values.date(raw.plainString(at)), Values::date);
  }

  public OffsetDateTime timestamp(String field) {
    return read(field, (raw, at) -> Values.timestamp(raw.plainString(at)), Values::timestamp);
  }

  public Object any(String field) {
    return Values.plain(value(field));
  }

  public <E> E enumValue(String field, Function<String, E> of) {
    return read(
        field,
        (raw, at) -> {
          String text = raw.plainString(at);
          return text == null ? null : of.apply(text);
        },
        value -> Values.enumOf(value, of));
  }

  public <T> T object(String field, Function<JsonBacked, T> wrap) {
    if (node != null) {
      JsonNode value = node.get(field);
      return value instanceof ObjectNode ? wrap.apply(new JsonBacked((ObjectNode) value)) : null;
    }
    int at = raw.find(field);
    return at != RawJsonObject.ABSENT && raw.isObject(at)
        ? wrap.apply(new JsonBacked(raw.object(at)))
        : null;
  }

  public <T> List<T> list(String field, Function<JsonNode, T> element) {
    return Values.list(value(field), element);
  }

  public <T> Map<String, T> map(String field, Function<JsonNode, T> entry) {
    return Values.map(value(field), entry);
  }

  /** A deep copy of the JSON, for {@code toBuilder()}. */
  public ObjectNode copyNode() {
    return node != null ? node.deepCopy() : raw.tree();
  }

  /** Reads a value straight from the bytes; null when it takes the tree. */
  private interface PlainReader<T> {
    T read(RawJsonObject raw, int at);
  }

  /** Reads a field from the bytes when {@code plain} can, else as the tree reads it. */
  private <T> T read(String field, PlainReader<T> plain, Function<JsonNode, T> tree) {
    if (node != null) {
      return tree.apply(node.get(field));
    }
    int at = raw.find(field);
    if (at == RawJsonObject.ABSENT || raw.isNull(at)) {
      return null;
    }
    T value = plain.read(raw, at);
    return value != null ? value : tree.apply(raw.tree(at));
  }

  /** The field as a tree node, or {@code null} when absent or JSON null. */
  private JsonNode value(String field) {
    if (node != null) {
      return node.get(field);
    }
    int at = raw.find(field);
    return at == RawJsonObject.ABSENT || raw.isNull(at) ? null : raw.tree(at);
  }

  /** Equal when the JSON is; generated types check the class before delegating here. */
  @Override
  public boolean equals(Object other) {
    if (!(other instanceof JsonBacked)) {
      return false;
    }
    JsonBacked that = (JsonBacked) other;
    if (raw != null && that.raw != null && raw.sameBytes(that.raw)) {
      return true;
    }
    return that.node().equals(node());
  }

  @Override
  public int hashCode() {
    if (raw == null) {
      return node.hashCode();
    }
    // Over bytes, the tree is parsed for this: worth doing once for values kept in hash sets.
    int h = hash;
    if (h == 0) {
      h = node().hashCode();
      hash = h;
    }
    return h;
  }

  /**
   * The type, id and fields known to hold no personal data (status, amount, currency, dates,
   * scheme, ...). Everything else is left out: names, emails, addresses, phone numbers, bank
   * details and metadata values often end up in logs through a {@code toString()}. {@link
   * #toJson()} gives the whole JSON when it is really needed.
   *
   * @param typeName the simple name of the generated type
   */
  public String describe(String typeName) {
    return SafeFields.describe(typeName, node());
  }
}
