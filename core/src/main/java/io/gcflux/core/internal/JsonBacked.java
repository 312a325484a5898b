package io.gcflux.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The JSON object a generated resource or params value holds privately, with the readers its
 * getters call.
 *
 * <p>Keeping the JSON rather than copying it into fields is what makes decoding lossless: unknown
 * fields, unknown enum values and the exact text of decimals and timestamps all survive a decode
 * and re-encode. The node is never handed to users, so nothing can change it after construction.
 *
 * <p>Generated types hold one by composition rather than extending it, so no public type names this
 * internal class. Each registers, once per class, how to reach its instance ({@link #register}),
 * which is how the runtime encodes params it only knows as {@code Object}.
 */
public final class JsonBacked {
  private static final Map<Class<?>, Function<Object, JsonBacked>> ACCESSORS =
      new ConcurrentHashMap<>();

  private final String typeName;
  private final ObjectNode node;

  /**
   * @param typeName the simple name of the generated type, for {@link #toString()}
   * @param node the JSON object, which must not change afterwards
   */
  public JsonBacked(String typeName, ObjectNode node) {
    this.typeName = Objects.requireNonNull(typeName, "typeName");
    this.node = Objects.requireNonNull(node, "node");
  }

  /** Called from the static initializer of each generated type. */
  @SuppressWarnings("unchecked")
  public static <T> void register(Class<T> type, Function<T, JsonBacked> accessor) {
    ACCESSORS.put(type, (Function<Object, JsonBacked>) accessor);
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

  /** The JSON object itself; internal callers must not change it. */
  public ObjectNode node() {
    return node;
  }

  /** The simple name of the generated type this JSON backs. */
  public String typeName() {
    return typeName;
  }

  /** Returns the JSON object this value stands for, exactly as the API reads or wrote it. */
  public String toJson() {
    return node.toString();
  }

  public boolean has(String field) {
    JsonNode value = node.get(field);
    return value != null && !value.isNull();
  }

  public String string(String field) {
    return Values.string(node.get(field));
  }

  public Long int64(String field) {
    return Values.int64(node.get(field));
  }

  public Double float64(String field) {
    return Values.float64(node.get(field));
  }

  public Boolean bool(String field) {
    return Values.bool(node.get(field));
  }

  public LocalDate date(String field) {
    return Values.date(node.get(field));
  }

  public OffsetDateTime timestamp(String field) {
    return Values.timestamp(node.get(field));
  }

  public Object any(String field) {
    return Values.plain(node.get(field));
  }

  public <E> E enumValue(String field, Function<String, E> of) {
    return Values.enumOf(node.get(field), of);
  }

  public <T> T object(String field, Function<ObjectNode, T> wrap) {
    return Values.object(node.get(field), wrap);
  }

  public <T> List<T> list(String field, Function<JsonNode, T> element) {
    return Values.list(node.get(field), element);
  }

  public <T> Map<String, T> map(String field, Function<JsonNode, T> entry) {
    return Values.map(node.get(field), entry);
  }

  /** A deep copy of the JSON, for {@code toBuilder()}. */
  public ObjectNode copyNode() {
    return node.deepCopy();
  }

  /** Equal when the JSON is; generated types check the class before delegating here. */
  @Override
  public boolean equals(Object other) {
    return other instanceof JsonBacked && ((JsonBacked) other).node.equals(node);
  }

  @Override
  public int hashCode() {
    return node.hashCode();
  }

  /**
   * The type, id and fields known to hold no personal data (status, amount, currency, dates,
   * scheme, ...). Everything else is left out: names, emails, addresses, phone numbers, bank
   * details and metadata values often end up in logs through a {@code toString()}. {@link
   * #toJson()} gives the whole JSON when it is really needed.
   */
  @Override
  public String toString() {
    return SafeFields.describe(typeName, node);
  }
}
