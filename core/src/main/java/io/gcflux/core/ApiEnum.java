package io.gcflux.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An API enum that stays open: values the API adds later decode to an instance that keeps the raw
 * value instead of failing or collapsing to a bare {@code UNKNOWN}.
 *
 * <p>Known values are constants on the generated subclass ({@code Payment.Status.CONFIRMED}) and
 * compare equal to a decoded value; unknown ones report {@code isKnown() == false}.
 */
public abstract class ApiEnum {
  private final String value;

  protected ApiEnum(String value) {
    this.value = Objects.requireNonNull(value, "value");
  }

  /** The value exactly as the API writes it, for example {@code "pending_submission"}. */
  public final String value() {
    return value;
  }

  /** Whether this value was known when gcflux was generated. */
  public abstract boolean isKnown();

  @Override
  public final boolean equals(Object other) {
    return other != null && other.getClass() == getClass() && ((ApiEnum) other).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  @Override
  public final String toString() {
    return value;
  }

  /** Indexes the known constants of a generated enum by their API value. */
  @SafeVarargs
  protected static <E extends ApiEnum> Map<String, E> index(E... known) {
    Map<String, E> byValue = new LinkedHashMap<>();
    for (E constant : known) {
      byValue.put(constant.value(), constant);
    }
    return Collections.unmodifiableMap(byValue);
  }
}
