package io.gcflux.client.internal;

import io.gcflux.client.call.ApiResponse;
import io.gcflux.client.call.RateLimit;
import io.gcflux.client.observe.CallObserver;
import io.gcflux.client.observe.CallTrace;
import io.gcflux.client.observe.CallTracing;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import reactor.core.publisher.Mono;

/**
 * Runs one call through its stages: the open check, request encoding (once per call), then per
 * attempt the rate-limit gate, the transport, failure classification and decoding, all under the
 * retry policy and the call deadline, with the observer told of each step.
 */
final class CallPipeline {
  private final ClientLifecycle lifecycle;
  private final RequestEncoder encoder;
  private final RateLimitTracker rateLimits;
  private final HttpTransport transport;
  private final RetryAndDeadline retries;
  private final CallObserver observer;
  private final CallTracing tracing;

  CallPipeline(
      ClientLifecycle lifecycle,
      RequestEncoder encoder,
      RateLimitTracker rateLimits,
      HttpTransport transport,
      RetryAndDeadline retries,
      CallObserver observer,
      CallTracing tracing) {
    this.lifecycle = lifecycle;
    this.encoder = encoder;
    this.rateLimits = rateLimits;
    this.transport = transport;
    this.retries = retries;
    this.observer = observer;
    this.tracing = tracing;
  }

  <R> Mono<ApiResponse<R>> run(ApiCall<R> call) {
    return Mono.deferContextual(
        context -> {
          lifecycle.checkOpen();
          // Encoded once per subscription, outside the retried publisher: every attempt sends the
          // same request, idempotency key included.
          Operation op = call.operation();
          // Started before the first attempt, so a tracer's headers go out with every attempt.
          boolean traced = tracing != CallTracing.NONE;
          Map<String, String> traceHeaders = traced ? new HashMap<>(4) : Map.of();
          CallTrace trace = traced ? tracing.start(op, traceHeaders, context) : CallTrace.NONE;
          HttpExchange.Request request = withHeaders(encoder.encode(call), traceHeaders);
          CallState state = new CallState();
          Mono<ApiResponse<R>> attempt = Mono.defer(() -> attempt(call, request, state, trace));
          return retries
              .apply(attempt, op, call.options(), state)
              .doOnSuccess(
                  response ->
                      observer.onSuccess(
                          op,
                          response.statusCode(),
                          response.requestId(),
                          response.attempts(),
                          state.elapsed()))
              .doOnError(
                  failure -> observer.onFailure(op, failure, state.attempts(), state.elapsed()))
              .transform(trace::observe);
        });
  }

  private static HttpExchange.Request withHeaders(
      HttpExchange.Request request, Map<String, String> extra) {
    if (extra.isEmpty()) {
      return request;
    }
    Map<String, String> headers;
    if (request.headers() instanceof CallHeaders call) {
      headers = call.plus(extra);
    } else {
      headers = new LinkedHashMap<>(request.headers());
      headers.putAll(extra);
    }
    return new HttpExchange.Request(
        request.method(),
        request.baseUrl(),
        request.target(),
        request.fixedTarget(),
        headers,
        request.body());
  }

  private <R> Mono<ApiResponse<R>> attempt(
      ApiCall<R> call, HttpExchange.Request request, CallState state, CallTrace trace) {
    // A retry of a call in flight when the client closed stops here, before any connection.
    lifecycle.checkOpen();
    Operation op = call.operation();
    int number = state.nextAttempt();
    if (number > 1) {
      trace.retrying();
    }
    observer.onAttempt(op, number);
    return rateLimits
        .throttle(transport.send(request))
        .onErrorMap(failure -> NetworkFailures.classify(failure, op, number))
        .map(
            response -> {
              RateLimit rateLimit = rateLimits.record(response);
              return ResponseDecoder.decode(response, call, rateLimit, number);
            });
  }
}
