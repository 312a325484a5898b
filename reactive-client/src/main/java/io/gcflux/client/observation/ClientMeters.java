package io.gcflux.client.observation;

import io.gcflux.client.call.RateLimit;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.Supplier;

/** The counter of retries and the gauge of the rate-limit budget left. */
final class ClientMeters implements RetryRecorder {
  static final String RETRIES = "gcflux.client.retries";
  static final String RATE_LIMIT_REMAINING = "gcflux.client.rate-limit.remaining";

  private final MeterRegistry registry;

  ClientMeters(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void retried(String resource, String action) {
    Counter.builder(RETRIES)
        .description("Attempts of API calls after their first")
        .tag("resource", resource)
        .tag("action", action)
        .register(registry)
        .increment();
  }

  void gaugeRateLimit(Supplier<RateLimit> latest) {
    Gauge.builder(RATE_LIMIT_REMAINING, latest, ClientMeters::remaining)
        .description("Requests left in the rate-limit window, as the API last reported")
        // The supplier is a lambda nothing else holds: a weak reference would lose it at once.
        .strongReference(true)
        .register(registry);
  }

  private static double remaining(Supplier<RateLimit> latest) {
    Integer remaining = latest.get().remaining();
    return remaining == null ? Double.NaN : remaining;
  }
}
