package io.gcflux.client.batch;

import java.util.Objects;

/**
 * One row of a batch: the caller's stable key for it (a row id from the input) and the params to
 * create it with. The key, not the params, decides the idempotency key, so it must name the same
 * row every time the same input is run.
 *
 * @param key the row's stable id, unique within the batch's namespace
 * @param params the create action's params
 * @param <P> the params type, for example {@code PaymentCreateParams}
 */
public record BatchItem<P>(String key, P params) {
  public BatchItem {
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("a batch item needs a non-blank key (its row id)");
    }
    Objects.requireNonNull(params, "params");
  }

  public static <P> BatchItem<P> of(String key, P params) {
    return new BatchItem<>(key, params);
  }
}
