package io.gcflux.client.call;

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

  /** The longest idempotency key accepted; GoCardless documents keys up to this length. */
  static final int MAX_IDEMPOTENCY_KEY_LENGTH = 128;

  /**
   * Refuses blank headers, names that are not HTTP tokens, values with control characters (a CR or
   * LF would let a value start a header of its own) and the headers the client owns.
   */
  static void checkHeader(String name, String value) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("header name must not be null or blank");
    }
    for (int i = 0; i < name.length(); i++) {
      if (!isTokenChar(name.charAt(i))) {
        throw new IllegalArgumentException(
            "header name " + visible(name) + " may hold only letters, digits and !#$%&'*+-.^_`|~");
      }
    }
    if (value == null) {
      throw new IllegalArgumentException("header " + name + " must have a value");
    }
    checkNoControlCharacters("header " + name, value);
    if (RESERVED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException(
          name + " is set by the client; use idempotencyKey(...) or the client builder");
    }
  }

  private static void checkNoControlCharacters(String what, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c != '\t' && Character.isISOControl(c)) {
        // The value is not echoed: a header may carry a credential.
        throw new IllegalArgumentException(
            what + " contains a control character (CR, LF or similar) at index " + i);
      }
    }
  }

  private static boolean isTokenChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
  }

  private static String visible(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      out.append(Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : c);
    }
    return out.append('"').toString();
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
      if (idempotencyKey != null) {
        if (idempotencyKey.isBlank()) {
          throw new IllegalArgumentException(
              "idempotencyKey must not be empty or blank: pass null to have one generated");
        }
        if (idempotencyKey.length() > MAX_IDEMPOTENCY_KEY_LENGTH) {
          throw new IllegalArgumentException(
              "idempotencyKey is "
                  + idempotencyKey.length()
                  + " characters long, over the limit of "
                  + MAX_IDEMPOTENCY_KEY_LENGTH);
        }
        checkNoControlCharacters("idempotencyKey", idempotencyKey);
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
