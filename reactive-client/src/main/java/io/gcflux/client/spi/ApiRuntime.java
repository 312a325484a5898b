package io.gcflux.client.spi;

import io.gcflux.client.call.ApiResponse;
import io.gcflux.core.Page;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Sends the calls of the generated services. {@code GoCardlessClient} supplies the real one;
 * implement it to record or fake calls in tests. Every method returns a cold publisher: nothing is
 * sent until subscription.
 */
public interface ApiRuntime {
  /** Executes one call: a resource, an action or a single page. */
  <R> Mono<ApiResponse<R>> execute(TypedCall<R> call);

  /** Streams every page of a list call, starting at its params' cursor, each on demand. */
  <T> Flux<Page<T>> pages(TypedCall<Page<T>> call);

  /** Streams every item of a list call across its pages. */
  <T> Flux<T> items(TypedCall<Page<T>> call);
}
