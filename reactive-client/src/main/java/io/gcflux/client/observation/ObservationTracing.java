package io.gcflux.client.observation;

import io.gcflux.client.call.ApiResponse;
import io.gcflux.client.observe.ApiOperation;
import io.gcflux.client.observe.CallTrace;
import io.gcflux.client.observe.CallTracing;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import java.util.Map;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

/** Makes each API call one Micrometer observation, a child of the caller's. */
final class ObservationTracing implements CallTracing {
  private static final GoCardlessObservationConvention DEFAULT_CONVENTION =
      new GoCardlessObservationConvention();

  private final ObservationRegistry registry;
  private final RetryRecorder retries;

  ObservationTracing(ObservationRegistry registry, RetryRecorder retries) {
    this.registry = registry;
    this.retries = retries;
  }

  @Override
  public CallTrace start(ApiOperation op, Map<String, String> requestHeaders, ContextView context) {
    GoCardlessRequestContext request =
        new GoCardlessRequestContext(
            requestHeaders, op.resource(), op.action(), op.method(), op.path());
    Observation observation =
        Observation.createNotStarted(null, DEFAULT_CONVENTION, () -> request, registry)
            .parentObservation(parent(context))
            .start();
    return new Watched(op, observation, request);
  }

  /**
   * The caller's observation: WebFlux puts the incoming request's in the Reactor context; a caller
   * outside a reactive chain may have one in scope on its thread instead.
   */
  private Observation parent(ContextView context) {
    Observation fromContext = context.getOrDefault(ObservationThreadLocalAccessor.KEY, null);
    return fromContext != null ? fromContext : registry.getCurrentObservation();
  }

  private final class Watched implements CallTrace {
    private final ApiOperation op;
    private final Observation observation;
    private final GoCardlessRequestContext request;

    Watched(ApiOperation op, Observation observation, GoCardlessRequestContext request) {
      this.op = op;
      this.observation = observation;
      this.request = request;
    }

    @Override
    public void retrying() {
      retries.retried(op.resource(), op.action());
    }

    @Override
    public <R> Mono<ApiResponse<R>> observe(Mono<ApiResponse<R>> call) {
      return call.doOnSuccess(
              response -> {
                if (response != null) {
                  request.answered(response.statusCode());
                }
                observation.stop();
              })
          .doOnError(
              failure -> {
                observation.error(failure);
                observation.stop();
              })
          .doOnCancel(
              () -> {
                request.cancel();
                observation.stop();
              })
          // Whatever is observed while the call runs, such as a tracing-aware transport, nests in
          // it.
          .contextWrite(context -> context.put(ObservationThreadLocalAccessor.KEY, observation));
    }
  }
}
