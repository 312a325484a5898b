package io.gcflux.testkit;

import java.time.Duration;
import java.util.Objects;

/**
 * A misbehaviour the emulator can show instead of (or on top of) a normal answer. Delays still
 * answer normally, after the delay; every other fault replaces the answer and leaves the state
 * untouched.
 */
public final class Fault {
  /** The kinds of fault. */
  public enum Kind {
    FIXED_DELAY,
    RANDOM_DELAY,
    CONNECTION_RESET,
    EMPTY_RESPONSE,
    RANDOM_DATA_THEN_CLOSE,
    MALFORMED_RESPONSE_CHUNK,
    SERVER_ERROR,
    BAD_GATEWAY,
    SERVICE_UNAVAILABLE,
    TRUNCATED_JSON,
    RATE_LIMITED
  }

  /** The peer resets the connection before any response header is sent. */
  public static final Fault CONNECTION_RESET = new Fault(Kind.CONNECTION_RESET, 0, 0, 0);

  /** The connection is closed without any response. */
  public static final Fault EMPTY_RESPONSE = new Fault(Kind.EMPTY_RESPONSE, 0, 0, 0);

  /** Garbage bytes are sent, then the connection is closed. */
  public static final Fault RANDOM_DATA_THEN_CLOSE =
      new Fault(Kind.RANDOM_DATA_THEN_CLOSE, 0, 0, 0);

  /** A 200 status and headers are sent, then a broken chunk, then the connection is closed. */
  public static final Fault MALFORMED_RESPONSE_CHUNK =
      new Fault(Kind.MALFORMED_RESPONSE_CHUNK, 0, 0, 0);

  /** A 500 with a GoCardless error body of type {@code gocardless}. */
  public static final Fault SERVER_ERROR = new Fault(Kind.SERVER_ERROR, 0, 0, 0);

  /** A 502 HTML page, as a load balancer would send. */
  public static final Fault BAD_GATEWAY = new Fault(Kind.BAD_GATEWAY, 0, 0, 0);

  /** A 503 HTML page, as a load balancer would send. */
  public static final Fault SERVICE_UNAVAILABLE = new Fault(Kind.SERVICE_UNAVAILABLE, 0, 0, 0);

  /** The expected status with a JSON body cut off in the middle. */
  public static final Fault TRUNCATED_JSON = new Fault(Kind.TRUNCATED_JSON, 0, 0, 0);

  private final Kind kind;
  private final long minMillis;
  private final long maxMillis;
  private final int retryAfterSeconds;

  private Fault(Kind kind, long minMillis, long maxMillis, int retryAfterSeconds) {
    this.kind = kind;
    this.minMillis = minMillis;
    this.maxMillis = maxMillis;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** Answers normally after {@code delay}; WireMock waits, not the calling thread. */
  public static Fault fixedDelay(Duration delay) {
    long millis = nonNegative(delay).toMillis();
    return new Fault(Kind.FIXED_DELAY, millis, millis, 0);
  }

  /** Answers normally after a delay drawn uniformly from {@code [min, max]}. */
  public static Fault randomDelay(Duration min, Duration max) {
    long low = nonNegative(min).toMillis();
    long high = nonNegative(max).toMillis();
    if (high < low) {
      throw new IllegalArgumentException("max must not be shorter than min");
    }
    return new Fault(Kind.RANDOM_DELAY, low, high, 0);
  }

  /** A 429 rate-limit error with {@code Retry-After: retryAfterSeconds}. */
  public static Fault rateLimited(int retryAfterSeconds) {
    if (retryAfterSeconds < 0) {
      throw new IllegalArgumentException("retryAfterSeconds must not be negative");
    }
    return new Fault(Kind.RATE_LIMITED, 0, 0, retryAfterSeconds);
  }

  public static Fault connectionReset() {
    return CONNECTION_RESET;
  }

  public static Fault emptyResponse() {
    return EMPTY_RESPONSE;
  }

  public static Fault randomDataThenClose() {
    return RANDOM_DATA_THEN_CLOSE;
  }

  public static Fault malformedResponseChunk() {
    return MALFORMED_RESPONSE_CHUNK;
  }

  public static Fault serverError() {
    return SERVER_ERROR;
  }

  public static Fault badGateway() {
    return BAD_GATEWAY;
  }

  public static Fault serviceUnavailable() {
    return SERVICE_UNAVAILABLE;
  }

  public static Fault truncatedJson() {
    return TRUNCATED_JSON;
  }

  private static Duration nonNegative(Duration duration) {
    Objects.requireNonNull(duration, "duration");
    if (duration.isNegative()) {
      throw new IllegalArgumentException("duration must not be negative");
    }
    return duration;
  }

  public Kind kind() {
    return kind;
  }

  /** Whether the request is still handled normally, so state may change. */
  public boolean isDelay() {
    return kind == Kind.FIXED_DELAY || kind == Kind.RANDOM_DELAY;
  }

  public long minDelayMillis() {
    return minMillis;
  }

  public long maxDelayMillis() {
    return maxMillis;
  }

  public int retryAfterSeconds() {
    return retryAfterSeconds;
  }

  @Override
  public String toString() {
    return "Fault[" + kind + "]";
  }
}
