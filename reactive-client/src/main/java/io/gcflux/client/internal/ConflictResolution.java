package io.gcflux.client.internal;

import io.gcflux.client.call.ApiResponse;
import io.gcflux.core.error.IdempotentCreationConflictException;
import java.util.function.Function;
import reactor.core.publisher.Mono;

/**
 * Resolves a 409 {@code idempotent_creation_conflict}: the key already created a resource, so the
 * create's answer is that resource, fetched by id. With the raise strategy the conflict surfaces.
 */
final class ConflictResolution {
  private final boolean fetchExisting;

  ConflictResolution(boolean fetchExisting) {
    this.fetchExisting = fetchExisting;
  }

  <R> Mono<ApiResponse<R>> resolve(
      ApiCall<R> call, Function<ApiCall<R>, Mono<ApiResponse<R>>> run) {
    Mono<ApiResponse<R>> created = run.apply(call);
    if (!fetchExisting || !call.operation().idempotentCreate()) {
      return created;
    }
    return created.onErrorResume(
        IdempotentCreationConflictException.class,
        conflict -> {
          String existing = conflict.conflictingResourceId();
          return existing == null
              ? Mono.error(conflict)
              : run.apply(call.conflictingResourceGet(existing));
        });
  }
}
