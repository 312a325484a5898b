package io.gcflux.client.internal;

import io.gcflux.client.ApiResponse;
import io.gcflux.client.ConflictStrategy;
import io.gcflux.client.RateLimit;
import io.gcflux.client.RequestOptions;
import io.gcflux.client.paging.CursorPaginator;
import io.gcflux.client.retry.Failures;
import io.gcflux.core.Page;
import io.gcflux.core.error.ApiConnectionException;
import io.gcflux.core.error.GoCardlessException;
import io.gcflux.core.error.IdempotentCreationConflictException;
import io.gcflux.core.internal.Errors;
import io.gcflux.core.internal.JsonBacked;
import io.gcflux.core.internal.Params;
import io.gcflux.core.internal.Responses;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Runs one API call: builds the request, sends it through the transport, applies the retry policy
 * and the call deadline, and decodes the answer. Every generated service delegates here.
 */
public final class ApiExecutor {
  private static final Logger LOG = LoggerFactory.getLogger("io.gcflux.client.requests");
  static final int DEFAULT_PAGE_SIZE = 500;

  private final HttpTransport transport;
  private final ExecutorSettings settings;
  private final RateLimitTracker rateLimits;

  public ApiExecutor(HttpTransport transport, ExecutorSettings settings) {
    this.transport = transport;
    this.settings = settings;
    this.rateLimits = new RateLimitTracker(settings.throttleOnRateLimit());
  }

  public RateLimitTracker rateLimits() {
    return rateLimits;
  }

  /** Calls an action that answers with one resource. */
  public <T> Mono<ApiResponse<T>> resource(
      Operation op,
      List<String> pathParams,
      JsonBacked params,
      RequestOptions options,
      Class<T> type) {
    Mono<ApiResponse<T>> call =
        Mono.fromRunnable(() -> RequestChecks.checkParamsGiven(op, params, type))
            .then(call(op, pathParams, params, Map.of(), options, resourceDecoder(op, type)));
    if (!op.idempotentCreate() || settings.conflictStrategy() != ConflictStrategy.FETCH_EXISTING) {
      return call;
    }
    return call.onErrorResume(
        IdempotentCreationConflictException.class,
        conflict -> {
          String existing = conflict.conflictingResourceId();
          if (existing == null) {
            return Mono.error(conflict);
          }
          Operation get = op.conflictingResourceGet();
          return call(get, List.of(existing), null, Map.of(), options, resourceDecoder(get, type));
        });
  }

  /** Calls a list action for one page. */
  public <T> Mono<ApiResponse<Page<T>>> page(
      Operation op,
      List<String> pathParams,
      JsonBacked params,
      RequestOptions options,
      Class<T> type) {
    return call(op, pathParams, params, Map.of(), options, pageDecoder(op, type));
  }

  /** Streams every page of a list action, fetching each as demand reaches it. */
  public <T> Flux<Page<T>> pages(
      Operation op,
      List<String> pathParams,
      JsonBacked params,
      RequestOptions options,
      Class<T> type) {
    return CursorPaginator.pages(
        pageFetcher(op, pathParams, params, options, type),
        startCursor(params),
        isBackwards(params),
        settings.pagePrefetch());
  }

  /** Streams every item of a list action across pages. */
  public <T> Flux<T> all(
      Operation op,
      List<String> pathParams,
      JsonBacked params,
      RequestOptions options,
      Class<T> type) {
    return CursorPaginator.items(
        pageFetcher(op, pathParams, params, options, type),
        startCursor(params),
        isBackwards(params),
        settings.pagePrefetch());
  }

  private <T> Function<String, Mono<Page<T>>> pageFetcher(
      Operation op,
      List<String> pathParams,
      JsonBacked params,
      RequestOptions options,
      Class<T> type) {
    String direction = isBackwards(params) ? "before" : "after";
    boolean limitGiven = params != null && Params.at(params, "limit") != null;
    return cursor -> {
      Map<String, Object> overrides = new HashMap<>();
      if (cursor != null) {
        overrides.put(direction, cursor);
      }
      if (!limitGiven) {
        overrides.put("limit", (long) DEFAULT_PAGE_SIZE);
      }
      return call(op, pathParams, params, overrides, options, pageDecoder(op, type))
          .map(ApiResponse::body);
    };
  }

  private static String startCursor(JsonBacked params) {
    if (params == null) {
      return null;
    }
    var after = Params.at(params, "after");
    var before = Params.at(params, "before");
    return after != null ? after.asText() : before != null ? before.asText() : null;
  }

  private static boolean isBackwards(JsonBacked params) {
    return params != null
        && Params.at(params, "before") != null
        && Params.at(params, "after") == null;
  }

  private static <T> Function<HttpExchange.Response, T> resourceDecoder(
      Operation op, Class<T> type) {
    return response ->
        Responses.resource(
            response.body(), op.responseEnvelope(), type, response.status(), requestId(response));
  }

  private static <T> Function<HttpExchange.Response, Page<T>> pageDecoder(
      Operation op, Class<T> type) {
    return response ->
        Responses.page(
            response.body(), op.responseEnvelope(), type, response.status(), requestId(response));
  }

  private <R> Mono<ApiResponse<R>> call(
      Operation op,
      List<String> pathParams,
      JsonBacked params,
      Map<String, ?> queryOverrides,
      RequestOptions options,
      Function<HttpExchange.Response, R> decode) {
    return Mono.defer(
        () -> {
          // Built per subscription, outside the retried publisher: every attempt of this call
          // reuses the same idempotency key, so a retry can never create a second resource.
          HttpExchange.Request request = request(op, pathParams, params, queryOverrides, options);
          AtomicInteger attempts = new AtomicInteger();
          Duration deadline =
              options.timeout() != null ? options.timeout() : settings.callTimeout();
          int maxAttempts =
              options.maxAttempts() != null
                  ? options.maxAttempts()
                  : settings.retryPolicy().maxAttempts();
          long deadlineMillis = now() + deadline.toMillis();
          long started = System.nanoTime();
          Mono<ApiResponse<R>> attempt =
              Mono.defer(
                  () -> {
                    attempts.incrementAndGet();
                    return rateLimits
                        .gate()
                        .then(transport.send(request))
                        .map(response -> decode(response, attempts.get(), decode));
                  });
          return attempt
              .retryWhen(
                  settings
                      .retryPolicy()
                      .toRetry(op.mayRepeat(), maxAttempts, deadlineMillis, this::now))
              .timeout(deadline)
              .onErrorMap(failure -> finalFailure(failure, op, attempts.get(), deadline))
              .doOnSuccess(response -> logSuccess(op, response, started))
              .doOnError(failure -> logFailure(op, failure, attempts.get(), started));
        });
  }

  private <R> ApiResponse<R> decode(
      HttpExchange.Response response, int attempts, Function<HttpExchange.Response, R> decode) {
    RateLimit rateLimit = rateLimits.record(response);
    String requestId = requestId(response);
    if (response.status() >= 400) {
      throw Errors.decode(response.status(), response.headers(), response.body(), requestId);
    }
    return new ApiResponse<>(
        response.status(),
        response.headers(),
        requestId,
        rateLimit,
        attempts,
        decode.apply(response));
  }

  private long now() {
    return Schedulers.parallel().now(TimeUnit.MILLISECONDS);
  }

  private HttpExchange.Request request(
      Operation op,
      List<String> pathParams,
      JsonBacked params,
      Map<String, ?> queryOverrides,
      RequestOptions options) {
    RequestChecks.check(op, params, options);
    StringBuilder url = new StringBuilder(settings.baseUrl()).append(Paths.expand(op, pathParams));
    byte[] body = null;
    if (op.usesQuery()) {
      String query =
          queryOverrides.isEmpty() ? Params.query(params) : Params.query(params, queryOverrides);
      if (!query.isEmpty()) {
        url.append('?').append(query);
      }
    } else {
      body = Params.body(op.requestEnvelope(), params);
    }
    Map<String, String> headers = new LinkedHashMap<>(settings.staticHeaders());
    if (body != null) {
      headers.put("Content-Type", "application/json");
    }
    if (op.idempotentCreate()) {
      headers.put(
          "Idempotency-Key",
          options.idempotencyKey() != null ? options.idempotencyKey() : IdempotencyKeys.next());
    }
    headers.putAll(options.headers());
    return new HttpExchange.Request(op.method(), url.toString(), headers, body);
  }

  private static Throwable finalFailure(
      Throwable failure, Operation op, int attempts, Duration deadline) {
    if (failure instanceof TimeoutException) {
      return new ApiConnectionException(
          "No answer from the API for "
              + describe(op)
              + " within the call deadline of "
              + deadline.toMillis()
              + " ms",
          attempts,
          failure);
    }
    if (!(failure instanceof GoCardlessException) && Failures.isNetwork(failure)) {
      return new ApiConnectionException(
          "The connection to the API failed for " + describe(op) + ": " + failure,
          attempts,
          failure);
    }
    return failure;
  }

  private static String describe(Operation op) {
    return op.method() + " " + op.path();
  }

  static String requestId(HttpExchange.Response response) {
    return response.header("x-request-id");
  }

  private static void logSuccess(Operation op, ApiResponse<?> response, long started) {
    if (LOG.isDebugEnabled() && response != null) {
      LOG.debug(
          "{} {} -> {} in {} ms (request_id={}, attempts={})",
          op.method(),
          op.path(),
          response.statusCode(),
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started),
          response.requestId(),
          response.attempts());
    }
  }

  private static void logFailure(Operation op, Throwable failure, int attempts, long started) {
    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "{} {} failed in {} ms after {} attempt(s): {}",
          op.method(),
          op.path(),
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started),
          attempts,
          failure.getClass().getSimpleName());
    }
  }
}
