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
   * @param url the full URL, path already percent-encoded
   * @param headers header names and values
   * @param body the body, or {@code null}
   */
  public record Request(String method, String url, Map<String, String> headers, byte[] body) {
    @Override
    public String toString() {
      // Headers carry the access token and the query may carry personal data: name neither.
      int query = url.indexOf('?');
      return "Request{" + method + " " + (query < 0 ? url : url.substring(0, query)) + "}";
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
