package io.gcflux.client.internal;

import io.gcflux.client.ConflictStrategy;
import io.gcflux.client.observe.CallObserver;
import io.gcflux.client.retry.RetryPolicy;
import java.time.Duration;
import java.util.Map;

/** Builds an executor over a scripted transport with deterministic (jitter-free) backoff. */
public final class ExecutorFixture {
  public static final RetryPolicy NO_JITTER =
      RetryPolicy.builder()
          .maxAttempts(3)
          .baseDelay(Duration.ofMillis(300))
          .maxDelay(Duration.ofSeconds(10))
          .jitter(0)
          .build();

  private ExecutorFixture() {}

  public static ApiExecutor executor(HttpTransport transport) {
    return executor(transport, ConflictStrategy.FETCH_EXISTING, false, Duration.ofSeconds(60));
  }

  public static ApiExecutor executor(HttpTransport transport, CallObserver observer) {
    return new ApiExecutor(
        transport,
        new ExecutorSettings(
            "https://api.example.test",
            Map.of("Authorization", "Bearer secret-token-123"),
            NO_JITTER,
            Duration.ofSeconds(60),
            true,
            false,
            0,
            observer,
            null));
  }

  public static ApiExecutor executor(
      HttpTransport transport, ConflictStrategy conflicts, boolean throttle, Duration deadline) {
    return new ApiExecutor(
        transport,
        new ExecutorSettings(
            "https://api.example.test",
            Map.of("Authorization", "Bearer secret-token-123"),
            NO_JITTER,
            deadline,
            conflicts == ConflictStrategy.FETCH_EXISTING,
            throttle,
            0,
            null,
            null));
  }
}
