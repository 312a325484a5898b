package io.gcflux.core.internal.http;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Parses the RFC 1123 dates of HTTP headers such as {@code RateLimit-Reset}.
 *
 * <p>A package of its own, depending on nothing: the public {@code RateLimitException} reads these
 * dates too, and naming the rest of {@code core.internal} from there would make a package cycle.
 */
public final class HttpDates {
  private HttpDates() {}

  /** The instant, or {@code null} when {@code value} is absent or not such a date. */
  public static Instant parse(String value) {
    if (value == null) {
      return null;
    }
    try {
      return ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
