package io.gcflux.client.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headers of a request: the client's own (auth, version, user agent), the content type, the
 * idempotency key of a create, and the caller's extras.
 */
final class RequestHeaders {
  private final Map<String, String> withoutBody;
  private final Map<String, String> withJsonBody;

  RequestHeaders(Map<String, String> staticHeaders) {
    this.withoutBody = Map.copyOf(staticHeaders);
    Map<String, String> json = new LinkedHashMap<>(staticHeaders);
    json.put("Content-Type", "application/json");
    this.withJsonBody = Map.copyOf(json);
  }

  /**
   * The headers of one call. Called once per call, not per attempt: every retry reuses this key, or
   * a retry could create a second resource.
   */
  Map<String, String> forCall(ApiCall<?> call, boolean hasBody) {
    Map<String, String> base = hasBody ? withJsonBody : withoutBody;
    boolean needsKey = call.operation().idempotentCreate();
    Map<String, String> extra = call.options().headers();
    if (!needsKey && extra.isEmpty()) {
      // The common read: share the prepared map rather than copy it per request.
      return base;
    }
    Map<String, String> headers = new LinkedHashMap<>(base);
    if (needsKey) {
      String key = call.options().idempotencyKey();
      headers.put("Idempotency-Key", key != null ? key : IdempotencyKeys.next());
    }
    headers.putAll(extra);
    return headers;
  }
}
