package io.gcflux.client.batch;

import io.gcflux.core.error.FieldError;
import io.gcflux.core.error.GoCardlessApiException;
import io.gcflux.core.error.GoCardlessException;
import java.util.List;

/**
 * The fate of one batch row: {@link Created}, {@link Failed} for good, or {@link Pending} when the
 * run ended before the API gave a final answer (run the same input again to finish it).
 *
 * @param <T> the created resource type
 */
public sealed interface BatchOutcome<T> {
  /** The row's key, as given in its {@link BatchItem}. */
  String key();

  /**
   * The row exists at the API: created by this run, or by an earlier run with the same key.
   *
   * @param key the row's key
   * @param resource the created (or previously created) resource
   * @param attempts how many times this run sent the row
   */
  record Created<T>(String key, T resource, int attempts) implements BatchOutcome<T> {}

  /**
   * The API refused the row with a permanent answer (validation, invalid state, usage error):
   * sending it again cannot succeed.
   *
   * @param key the row's key
   * @param error the typed error: a {@link GoCardlessApiException} when the API answered
   */
  record Failed<T>(String key, GoCardlessException error) implements BatchOutcome<T> {
    /**
     * The API's machine-readable error type, for example {@code validation_failed}, or the
     * exception's simple name when the API never answered.
     */
    public String errorType() {
      return error instanceof GoCardlessApiException api && api.type() != null
          ? api.type()
          : error.getClass().getSimpleName();
    }

    /** One entry per field the API objected to; empty for errors about the whole request. */
    public List<FieldError> fieldErrors() {
      return error instanceof GoCardlessApiException api ? api.errors() : List.of();
    }

    /** The API's message with the field errors, for an outcome report. */
    public String reason() {
      List<FieldError> fields = fieldErrors();
      String message =
          error instanceof GoCardlessApiException api && api.apiMessage() != null
              ? api.apiMessage()
              : error.getMessage();
      return fields.isEmpty()
          ? message
          : message + ": " + String.join("; ", fields.stream().map(FieldError::toString).toList());
    }
  }

  /**
   * The run ended (its deadline passed, or it was stopped) before the row got a final answer, so it
   * may or may not exist yet. Running the same input again sends it with the same idempotency key,
   * which either creates it or finds the one already created.
   *
   * @param key the row's key
   * @param lastFailure the transient failure the row last met, or {@code null} if never sent
   */
  record Pending<T>(String key, Throwable lastFailure) implements BatchOutcome<T> {}
}
