package io.gcflux.client.internal;

import java.util.List;
import java.util.Map;

/** The plain HTTP request and response a transport moves; bodies are whole byte arrays. */
public final class HttpExchange {
  private HttpExchange() {}

  /**
   * A request ready to send.
   *
   * @param method the HTTP method
   * @param baseUrl the API's base URL, without a trailing slash
   * @param target the path under the base URL and the query string, already percent-encoded
   * @param fixedTarget whether every call of the operation has this target (no path parameter, no
   *     query), so that a transport may keep what it derives from it
   * @param headers header names and values
   * @param body the body, or {@code null}
   */
  public record Request(
      String method,
      String baseUrl,
      String target,
      boolean fixedTarget,
      Map<String, String> headers,
      byte[] body) {
    /** The full URL. Kept in two parts so that a transport that knows the base sends the rest. */
    public String url() {
      return baseUrl + target;
    }

    @Override
    public String toString() {
      // Headers carry the access token and the query may carry personal data: name neither.
      int query = target.indexOf('?');
      return "Request{"
          + method
          + " "
          + baseUrl
          + (query < 0 ? target : target.substring(0, query))
          + "}";
    }
  }

  /**
   * A response as received.
   *
   * @param status the HTTP status
   * @param headers header values by lower-case name
   * @param body the body, empty when there was none
   */
  public record Response(int status, Map<String, List<String>> headers, byte[] body) {
    public String header(String lowerCaseName) {
      if (headers instanceof ResponseHeaders netty) {
        return netty.first(lowerCaseName);
      }
      List<String> values = headers.get(lowerCaseName);
      return values == null || values.isEmpty() ? null : values.get(0);
    }
  }
}
