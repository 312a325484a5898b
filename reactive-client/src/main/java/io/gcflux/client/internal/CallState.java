package io.gcflux.client.internal;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/** What one call has done so far: its attempts, the last failure, and when it started. */
final class CallState {
  private final AtomicInteger attempts = new AtomicInteger();
  private final long startedNanos = System.nanoTime();
  private volatile Throwable lastFailure;

  /** Counts a new attempt and returns its number, 1 for the first. */
  int nextAttempt() {
    return attempts.incrementAndGet();
  }

  int attempts() {
    return attempts.get();
  }

  void failed(Throwable failure) {
    lastFailure = failure;
  }

  Throwable lastFailure() {
    return lastFailure;
  }

  Duration elapsed() {
    return Duration.ofNanos(System.nanoTime() - startedNanos);
  }
}
