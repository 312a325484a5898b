package io.gcflux.client.call;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A decoded result with the HTTP exchange around it.
 *
 * @param statusCode the HTTP status of the final attempt
 * @param headers response headers, names in lower case: a read-only view of the given map, not a
 *     copy
 * @param requestId the API's request id, to quote to GoCardless support
 * @param rateLimit the rate-limit state reported with this response
 * @param attempts how many attempts the call took, the first included
 * @param body the decoded resource or page
 * @param <T> the body type
 */
public record ApiResponse<T>(
    int statusCode,
    Map<String, List<String>> headers,
    String requestId,
    RateLimit rateLimit,
    int attempts,
    T body) {
  public ApiResponse {
    // A read-only view, not a copy: the client hands over headers it never changes, read lazily
    // from the connection's, and copying them on every call cost more than decoding a small
    // resource. A caller building one over a map it later changes will see those changes.
    headers = Collections.unmodifiableMap(headers);
  }

  /** The first value of a header (case-insensitive), or {@code null}. */
  public String header(String name) {
    List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
