package io.gcflux.client.observation;

import io.gcflux.client.call.RateLimit;
import io.gcflux.client.observe.CallTracing;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.util.function.Supplier;
import reactor.netty.resources.ConnectionProvider;

/**
 * Where the client builder turns the registries it was given into observers and meters. Called only
 * when a registry was given, so this package stays unloaded otherwise.
 */
public final class ClientObservability {
  private ClientObservability() {}

  /**
   * The observer of every call. With only a meter registry, calls are timed through an observation
   * registry made for it; with only an observation registry, there is no retry counter.
   *
   * @param observations the application's observation registry, or {@code null}
   * @param meters the application's meter registry, or {@code null}
   */
  public static CallTracing tracing(ObservationRegistry observations, MeterRegistry meters) {
    RetryRecorder retries = meters == null ? RetryRecorder.NONE : new ClientMeters(meters);
    ObservationRegistry registry = observations != null ? observations : timing(meters);
    return new ObservationTracing(registry, retries);
  }

  /** Publishes the pool's gauges into {@code meters} as well as to {@code next}. */
  public static Supplier<ConnectionProvider.MeterRegistrar> poolRegistrar(
      MeterRegistry meters, Supplier<ConnectionProvider.MeterRegistrar> next) {
    return PoolMeters.around(meters, next);
  }

  /** Publishes the latest rate-limit budget left as a gauge. */
  public static void gaugeRateLimit(MeterRegistry meters, Supplier<RateLimit> latest) {
    new ClientMeters(meters).gaugeRateLimit(latest);
  }

  private static ObservationRegistry timing(MeterRegistry meters) {
    ObservationRegistry registry = ObservationRegistry.create();
    registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
    return registry;
  }
}
