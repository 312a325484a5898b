package io.gcflux.core.internal;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Base of every generated resource and params type: an immutable view over the JSON object it was
 * decoded from or built as.
 *
 * <p>Keeping the JSON rather than copying it into fields is what makes decoding lossless: unknown
 * fields, unknown enum values and the exact text of decimals and timestamps all survive a decode
 * and re-encode. The node is never handed out, so nothing can change it after construction.
 */
public abstract class JsonBacked {
  private final ObjectNode node;

  protected JsonBacked(ObjectNode node) {
    this.node = Objects.requireNonNull(node, "node");
  }

  @JsonValue
  final ObjectNode node() {
    return node;
  }

  /** Returns the JSON object this value stands for, exactly as the API reads or wrote it. */
  public final String toJson() {
    return node.toString();
  }

  protected final boolean has(String field) {
    JsonNode value = node.get(field);
    return value != null && !value.isNull();
  }

  protected final String string(String field) {
    return Values.string(node.get(field));
  }

  protected final Long int64(String field) {
    return Values.int64(node.get(field));
  }

  protected final Double float64(String field) {
    return Values.float64(node.get(field));
  }

  protected final Boolean bool(String field) {
    return Values.bool(node.get(field));
  }

  protected final LocalDate date(String field) {
    return Values.date(node.get(field));
  }

  protected final OffsetDateTime timestamp(String field) {
    return Values.timestamp(node.get(field));
  }

  protected final Object any(String field) {
    return Values.plain(node.get(field));
  }

  protected final <E> E enumValue(String field, Function<String, E> of) {
    return Values.enumOf(node.get(field), of);
  }

  protected final <T> T object(String field, Function<ObjectNode, T> wrap) {
    return Values.object(node.get(field), wrap);
  }

  protected final <T> List<T> list(String field, Function<JsonNode, T> element) {
    return Values.list(node.get(field), element);
  }

  protected final <T> Map<String, T> map(String field, Function<JsonNode, T> entry) {
    return Values.map(node.get(field), entry);
  }

  /** A deep copy of the JSON, for {@code toBuilder()}. */
  protected final ObjectNode copyNode() {
    return node.deepCopy();
  }

  @Override
  public final boolean equals(Object other) {
    return other != null
        && other.getClass() == getClass()
        && ((JsonBacked) other).node.equals(node);
  }

  @Override
  public final int hashCode() {
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
    return SafeFields.describe(getClass().getSimpleName(), node);
  }
}
