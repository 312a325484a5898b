package io.gcflux.client.spi;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import reactor.core.publisher.Mono;

/**
 * Sends one HTTP request, for {@code GoCardlessClient.Builder.transport(...)}: an in-memory fake in
 * tests, or another HTTP stack. The client still does everything else: URLs, headers (the access
 * token among them), retries, timeouts, decoding and errors.
 *
 * <p>{@link #send} must not block and must do nothing until subscribed; the client subscribes once
 * per attempt. Fail the {@code Mono} with an {@link java.io.IOException} for a network failure (a
 * {@link java.net.ConnectException} when no connection was made, so even a create may be retried);
 * answer every HTTP status, errors included, as a {@link Response}.
 */
@FunctionalInterface
public interface Transport {
  /** Sends the request when subscribed; cancelling should abandon it. */
  Mono<Response> send(Request request);

  /**
   * A request ready to send. The array is not copied: do not change it.
   *
   * @param method the HTTP method
   * @param url the full URL, path and query already percent-encoded
   * @param headers header names and values, the {@code Authorization} header among them
   * @param body the JSON body, or {@code null} for none
   */
  record Request(String method, String url, Map<String, String> headers, byte[] body) {
    @Override
    public String toString() {
      // Headers carry the access token and the query may carry personal data: name neither.
      int query = url.indexOf('?');
      return "Request{" + method + " " + (query < 0 ? url : url.substring(0, query)) + "}";
    }
  }

  /**
   * A response as received. The array is not copied: do not change it.
   *
   * @param status the HTTP status
   * @param headers header values by name (any case)
   * @param body the body, empty or {@code null} when there was none
   */
  record Response(int status, Map<String, List<String>> headers, byte[] body) {
    public Response {
      headers = headers == null ? Map.of() : headers;
    }

    /** The first value of a header, matched without regard to case, or {@code null}. */
    public String header(String name) {
      for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
        if (entry.getKey().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))
            && !entry.getValue().isEmpty()) {
          return entry.getValue().get(0);
        }
      }
      return null;
    }

    @Override
    public String toString() {
      return "Response{" + status + "}";
    }
  }
}
