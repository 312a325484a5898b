package io.gcflux.client.batch;

import io.gcflux.client.call.RateLimit;

/**
 * Keeps a batch inside the token's rate limit: it counts down the budget the latest {@code
 * RateLimit-*} headers reported, holds new sends back once it is spent until the window resets, and
 * pauses every send after a 429 for as long as the API asked.
 */
final class RatePacer {
  // Clocks of client and API differ a little; starting a few ms after the reset avoids a 429.
  private static final long RESET_MARGIN_MILLIS = 50;

  private long windowResetMillis = Long.MIN_VALUE;
  private long remaining;
  private long pausedUntilMillis = Long.MIN_VALUE;
  private int inFlight;

  /**
   * Reserves one send now and returns 0, or returns how long to wait before asking again. While no
   * window is known (at the start, or once one has passed) sends go out and their answers tell the
   * new budget.
   */
  synchronized long reserve(long nowMillis) {
    if (nowMillis < pausedUntilMillis) {
      return pausedUntilMillis - nowMillis;
    }
    if (nowMillis < windowResetMillis) {
      if (remaining <= 0) {
        return windowResetMillis - nowMillis + RESET_MARGIN_MILLIS;
      }
      remaining--;
    }
    inFlight++;
    return 0;
  }

  /** Ends a reservation, answered or not. */
  synchronized void release() {
    inFlight--;
  }

  /**
   * Takes the budget a response reported. Sends still in flight may not be counted in it yet, so
   * they are subtracted: pacing errs towards waiting rather than towards a 429.
   */
  synchronized void observe(RateLimit rateLimit) {
    if (rateLimit == null || rateLimit.remaining() == null || rateLimit.reset() == null) {
      return;
    }
    long reset = rateLimit.reset().toEpochMilli();
    long estimate = rateLimit.remaining() - Math.max(0, inFlight - 1);
    if (reset > windowResetMillis) {
      windowResetMillis = reset;
      remaining = estimate;
    } else if (reset == windowResetMillis) {
      remaining = Math.min(remaining, estimate);
    }
  }

  /** After a 429: nobody sends until the wait the API asked for has passed. */
  synchronized void pauseFor(long nowMillis, long waitMillis) {
    pausedUntilMillis = Math.max(pausedUntilMillis, nowMillis + waitMillis + RESET_MARGIN_MILLIS);
  }
}
