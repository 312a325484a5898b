package io.gcflux.testkit.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** A fixed per-minute budget, reset at the start of each wall-clock minute like GoCardless does. */
public final class RateLimiter {
  /** The outcome of one request against the budget. */
  public record Decision(
      boolean allowed, int limit, int remaining, Instant reset, long retryAfter) {
    public String resetHeader() {
      return DateTimeFormatter.RFC_1123_DATE_TIME.format(reset.atZone(ZoneOffset.UTC));
    }
  }

  private final int limit;
  private final Clock clock;
  private long window = Long.MIN_VALUE;
  private int used;

  public RateLimiter(int limit, Clock clock) {
    this.limit = limit;
    this.clock = clock;
  }

  public synchronized Decision acquire() {
    Decision decision = peek();
    if (decision.allowed()) {
      used++;
      return new Decision(true, limit, limit - used, decision.reset(), decision.retryAfter());
    }
    return decision;
  }

  /** Reports the budget without spending any of it. */
  public synchronized Decision peek() {
    long nowMillis = clock.millis();
    long minute = Math.floorDiv(nowMillis, 60_000L);
    if (minute != window) {
      window = minute;
      used = 0;
    }
    Instant reset = Instant.ofEpochMilli((minute + 1) * 60_000L);
    long retryAfter = Math.max(1, (reset.toEpochMilli() - nowMillis + 999) / 1000);
    return new Decision(used < limit, limit, Math.max(0, limit - used), reset, retryAfter);
  }

  public synchronized void reset() {
    window = Long.MIN_VALUE;
    used = 0;
  }
}
