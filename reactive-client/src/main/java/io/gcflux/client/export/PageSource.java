package io.gcflux.client.export;

import io.gcflux.core.Page;
import reactor.core.publisher.Flux;

/**
 * The pages of a list action from a cursor on, for example {@code cursor ->
 * client.payments().pages(params.toBuilder().after(cursor).build())}.
 *
 * @param <T> the resource type
 */
@FunctionalInterface
public interface PageSource<T> {
  /** Streams the pages after {@code cursor}, or from the first page when it is {@code null}. */
  Flux<Page<T>> pagesAfter(String cursor);
}
