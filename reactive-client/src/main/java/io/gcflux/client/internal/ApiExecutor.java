package io.gcflux.client.internal;

import io.gcflux.client.call.ApiResponse;
import io.gcflux.client.paging.CursorPaginator;
import io.gcflux.client.spi.ApiRuntime;
import io.gcflux.client.spi.TypedCall;
import io.gcflux.core.Page;
import java.util.function.Function;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The runtime every generated service hands its calls to, behind the public {@link ApiRuntime}:
 * executes {@link ApiCall}s, resolving idempotency conflicts, and streams list calls page by page.
 * The work itself is done by the stages of {@link CallPipeline}.
 */
public final class ApiExecutor implements ApiRuntime {
  private final ClientLifecycle lifecycle;
  private final RateLimitTracker rateLimits;
  private final CallPipeline pipeline;
  private final ConflictResolution conflicts;
  private final int pagePrefetch;

  /** An executor whose client never closes, for tests over an in-memory transport. */
  public ApiExecutor(HttpTransport transport, ExecutorSettings settings) {
    this(transport, settings, new ClientLifecycle());
  }

  public ApiExecutor(
      HttpTransport transport, ExecutorSettings settings, ClientLifecycle lifecycle) {
    this.lifecycle = lifecycle;
    this.rateLimits = new RateLimitTracker(settings.throttleOnRateLimit());
    var observer = CallObservers.withLogging(settings.observer());
    this.pipeline =
        new CallPipeline(
            lifecycle,
            new RequestEncoder(settings.baseUrl(), new RequestHeaders(settings.staticHeaders())),
            rateLimits,
            transport,
            new RetryAndDeadline(settings.retryPolicy(), settings.callTimeout(), observer),
            observer,
            settings.tracing());
    this.conflicts = new ConflictResolution(settings.fetchExistingOnConflict());
    this.pagePrefetch = settings.pagePrefetch();
  }

  public RateLimitTracker rateLimits() {
    return rateLimits;
  }

  /** Executes one call: a resource, an action or a single page. */
  public <R> Mono<ApiResponse<R>> execute(ApiCall<R> call) {
    return conflicts.resolve(call, pipeline::run);
  }

  /** Streams every page of a list call, fetching each as demand reaches it. */
  public <T> Flux<Page<T>> pages(ApiCall<Page<T>> call) {
    return follow(call, CursorPaginator::pages);
  }

  /** Streams every item of a list call across pages. */
  public <T> Flux<T> items(ApiCall<Page<T>> call) {
    return follow(call, CursorPaginator::items);
  }

  @Override
  public <R> Mono<ApiResponse<R>> execute(TypedCall<R> call) {
    // Checked on subscription, so a refused call is an error signal like any other failure.
    return Mono.defer(() -> execute(checked(call)));
  }

  @Override
  public <T> Flux<Page<T>> pages(TypedCall<Page<T>> call) {
    return Flux.defer(() -> pages(checked(call)));
  }

  @Override
  public <T> Flux<T> items(TypedCall<Page<T>> call) {
    return Flux.defer(() -> items(checked(call)));
  }

  /** The runtime's form of a generated service's call, refused here if the API would refuse it. */
  private static <R> ApiCall<R> checked(TypedCall<R> call) {
    ApiCall<R> checked = ApiCall.of(call);
    RequestChecks.check(checked.operation(), call.params(), call.options());
    if (!call.returnsPage()) {
      RequestChecks.checkParamsGiven(checked.operation(), call.params(), call.resourceType());
    }
    return checked;
  }

  /** How a cursor chain is turned into a stream: of pages, or of their items. */
  @FunctionalInterface
  private interface Follow<T, U> {
    Flux<U> stream(
        Function<String, Mono<Page<T>>> fetch, String start, boolean backwards, int prefetchPages);
  }

  private <T, U> Flux<U> follow(ApiCall<Page<T>> call, Follow<T, U> follow) {
    return Flux.defer(
        () -> {
          lifecycle.checkOpen();
          ListCursor cursor = ListCursor.of(call.params());
          Function<String, Mono<Page<T>>> fetch =
              at ->
                  pipeline
                      .run(call.withQueryOverrides(cursor.pageQuery(at)))
                      .map(ApiResponse::body);
          return follow.stream(fetch, cursor.start(), cursor.backwards(), pagePrefetch);
        });
  }
}
