package io.gcflux.client.retry;

import io.gcflux.core.error.GoCardlessApiException;
import io.gcflux.core.error.MalformedResponseException;
import io.gcflux.core.error.RateLimitException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.TimeoutException;

/** Sorts failures by what a retry could safely do about them. */
public final class Failures {
  /** What kind of failure a call met. */
  public enum Kind {
    /** The request never left: connection refused or not made. Safe to retry any action. */
    NOT_SENT,
    /** The request may have reached the server: reset, timeout, 5xx. Retry only safe actions. */
    MAY_HAVE_REACHED,
    /** 429: wait as the server says, then retry safe actions. */
    RATE_LIMITED,
    /** The request was wrong or refused (4xx): retrying cannot help. */
    PERMANENT
  }

  private Failures() {}

  public static Kind classify(Throwable failure) {
    if (failure instanceof RateLimitException) {
      return Kind.RATE_LIMITED;
    }
    if (failure instanceof GoCardlessApiException) {
      return ((GoCardlessApiException) failure).statusCode() >= 500
          ? Kind.MAY_HAVE_REACHED
          : Kind.PERMANENT;
    }
    if (failure instanceof MalformedResponseException) {
      int status = ((MalformedResponseException) failure).statusCode();
      // A 2xx body cut short or a 5xx page from a proxy: the answer was lost, not refused.
      return status >= 500 || (status >= 200 && status < 300)
          ? Kind.MAY_HAVE_REACHED
          : status == 429 ? Kind.RATE_LIMITED : Kind.PERMANENT;
    }
    if (isNotSent(failure)) {
      return Kind.NOT_SENT;
    }
    if (isNetwork(failure)) {
      return Kind.MAY_HAVE_REACHED;
    }
    return Kind.PERMANENT;
  }

  /** Whether the failure is the network's, not the API's or the caller's. */
  public static boolean isNetwork(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof java.io.IOException
          || t instanceof TimeoutException
          || t.getClass().getName().startsWith("io.netty.")
          || t.getClass().getName().startsWith("reactor.netty.")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNotSent(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      String name = t.getClass().getName();
      if (t instanceof ConnectException
          || t instanceof UnknownHostException
          || t instanceof NoRouteToHostException
          || name.equals("io.netty.channel.ConnectTimeoutException")
          || name.endsWith("PoolAcquireTimeoutException")
          || name.endsWith("PoolAcquirePendingLimitException")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The wait a 429 asks for: {@code Retry-After} in seconds (or an HTTP date), else until {@code
   * RateLimit-Reset}; {@code null} when the response named neither.
   */
  public static Duration serverWait(Throwable failure, long nowMillis) {
    if (!(failure instanceof GoCardlessApiException)) {
      return null;
    }
    GoCardlessApiException api = (GoCardlessApiException) failure;
    String retryAfter = first(api.responseHeaders().get("retry-after"));
    if (retryAfter != null) {
      try {
        return Duration.ofSeconds(Math.max(0, Long.parseLong(retryAfter.trim())));
      } catch (NumberFormatException notSeconds) {
        Instant at = httpDate(retryAfter);
        if (at != null) {
          return untilOrZero(at, nowMillis);
        }
      }
    }
    Instant reset = httpDate(first(api.responseHeaders().get("ratelimit-reset")));
    return reset == null ? null : untilOrZero(reset, nowMillis);
  }

  /** Parses an RFC 1123 date, as in {@code RateLimit-Reset}; {@code null} if it is not one. */
  public static Instant httpDate(String value) {
    if (value == null) {
      return null;
    }
    try {
      return ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static Duration untilOrZero(Instant at, long nowMillis) {
    long millis = at.toEpochMilli() - nowMillis;
    return Duration.ofMillis(Math.max(0, millis));
  }

  private static String first(List<String> values) {
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
