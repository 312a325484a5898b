package io.gcflux.client.internal;

import io.gcflux.core.Page;
import io.gcflux.core.internal.Responses;

/**
 * Turns the body of a successful response into the call's result.
 *
 * @param <R> the result type
 */
@FunctionalInterface
public interface BodyDecoder<R> {
  /**
   * Decodes the body.
   *
   * @param body the body bytes
   * @param status the HTTP status, for error messages
   * @param requestId the request id, for error messages; may be {@code null}
   */
  R decode(byte[] body, int status, String requestId);

  /** One resource under {@code envelope}: {@code {"payments": {...}}}. */
  static <T> BodyDecoder<T> resource(String envelope, Class<T> type) {
    return (body, status, requestId) -> Responses.resource(body, envelope, type, status, requestId);
  }

  /** A page of resources under {@code envelope}, with its cursors. */
  static <T> BodyDecoder<Page<T>> page(String envelope, Class<T> type) {
    return (body, status, requestId) -> Responses.page(body, envelope, type, status, requestId);
  }
}
