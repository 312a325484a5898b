package io.gcflux.client;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Options for one call: an idempotency key of your own, extra headers, and retry or deadline
 * overrides. Immutable; {@link #none()} is the default.
 */
public final class RequestOptions {
  private static final RequestOptions NONE = builder().build();
  // The client owns these: letting a caller override them would break auth or idempotency.
  private static final Set<String> RESERVED_HEADERS =
      Set.of("authorization", "idempotency-key", "gocardless-version", "content-type");

  private final String idempotencyKey;
  private final Map<String, String> headers;
  private final Integer maxAttempts;
  private final Duration timeout;

  private RequestOptions(Builder builder) {
    this.idempotencyKey = builder.idempotencyKey;
    this.headers = Map.copyOf(builder.headers);
    this.maxAttempts = builder.maxAttempts;
    this.timeout = builder.timeout;
  }

  public static RequestOptions none() {
    return NONE;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The caller's idempotency key for a create, or {@code null} to have one generated. */
  public String idempotencyKey() {
    return idempotencyKey;
  }

  public Map<String, String> headers() {
    return headers;
  }

  /** Attempts in all for this call, or {@code null} for the client's policy. */
  public Integer maxAttempts() {
    return maxAttempts;
  }

  /** The deadline for this call, retries included, or {@code null} for the client's. */
  public Duration timeout() {
    return timeout;
  }

  @Override
  public String toString() {
    return "RequestOptions{idempotencyKey="
        + (idempotencyKey == null ? "generated" : "set")
        + ", headers="
        + headers.keySet()
        + ", maxAttempts="
        + maxAttempts
        + ", timeout="
        + timeout
        + "}";
  }

  /** Refuses blank headers and the headers the client owns. */
  static void checkHeader(String name, String value) {
    if (name == null || name.isBlank() || value == null) {
      throw new IllegalArgumentException("header name and value are required");
    }
    if (RESERVED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException(
          name + " is set by the client; use idempotencyKey(...) or the client builder");
    }
  }

  /** Builds {@link RequestOptions}. */
  public static final class Builder {
    private String idempotencyKey;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private Integer maxAttempts;
    private Duration timeout;

    private Builder() {}

    /**
     * Uses this key instead of a generated one. Reuse the same key when you retry a create yourself
     * (after a crash, say), so GoCardless recognises the repeat.
     */
    public Builder idempotencyKey(String idempotencyKey) {
      if (idempotencyKey != null && idempotencyKey.isBlank()) {
        throw new IllegalArgumentException("idempotencyKey must not be blank");
      }
      this.idempotencyKey = idempotencyKey;
      return this;
    }

    /**
     * Adds a header to this request. Headers the client owns (Authorization, Idempotency-Key,
     * GoCardless-Version, Content-Type) are refused.
     */
    public Builder header(String name, String value) {
      checkHeader(name, value);
      headers.put(name, value);
      return this;
    }

    /** Attempts in all, the first included (1 disables retries). */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /** The deadline for the whole call, retries and backoff included. */
    public Builder timeout(Duration timeout) {
      if (timeout == null || timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive");
      }
      this.timeout = timeout;
      return this;
    }

    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }
}
