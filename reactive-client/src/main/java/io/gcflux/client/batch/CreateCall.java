package io.gcflux.client.batch;

import io.gcflux.client.call.ApiResponse;
import io.gcflux.client.call.RequestOptions;
import reactor.core.publisher.Mono;

/**
 * The create action a batch runs for each row, typically a {@code withResponse()} create such as
 * {@code (params, options) -> client.payments().withResponse().create(params, options)}. The batch
 * passes the options carrying the row's idempotency key; the response's rate-limit headers pace the
 * batch.
 *
 * @param <P> the params type
 * @param <T> the created resource type
 */
@FunctionalInterface
public interface CreateCall<P, T> {
  Mono<ApiResponse<T>> create(P params, RequestOptions options);
}
