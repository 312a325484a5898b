package io.gcflux.client.internal;

import io.gcflux.client.call.ApiResponse;
import io.gcflux.client.call.RateLimit;
import io.gcflux.core.internal.Errors;

/** Turns one HTTP response into the call's result, or into the typed error the API answered. */
final class ResponseDecoder {
  private ResponseDecoder() {}

  /**
   * Decodes a response.
   *
   * @throws io.gcflux.core.error.GoCardlessException for an error status or a malformed body
   */
  static <R> ApiResponse<R> decode(
      HttpExchange.Response response, ApiCall<R> call, RateLimit rateLimit, int attempt) {
    String requestId = requestId(response);
    if (response.status() >= 400) {
      throw Errors.decode(response.status(), response.headers(), response.body(), requestId);
    }
    return new ApiResponse<>(
        response.status(),
        response.headers(),
        requestId,
        rateLimit,
        attempt,
        call.decoder().decode(response.body(), response.status(), requestId));
  }

  static String requestId(HttpExchange.Response response) {
    return response.header("x-request-id");
  }
}
