package io.gcflux.client.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headers of a request: the client's own (auth, version, user agent), the content type, the
 * idempotency key of a create, and the caller's extras.
 */
final class RequestHeaders {
  private static final String CONTENT_TYPE = "Content-Type";
  private static final String JSON = "application/json";
  private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private final Map<String, String> shared;
  private final CallHeaders withoutBody;
  private final CallHeaders withJsonBody;

  RequestHeaders(Map<String, String> staticHeaders) {
    this.shared = Map.copyOf(staticHeaders);
    this.withoutBody = new CallHeaders(shared, Map.of());
    this.withJsonBody = new CallHeaders(shared, Map.of(CONTENT_TYPE, JSON));
  }

  /**
   * The headers of one call. Called once per call, not per attempt: every retry reuses this key, or
   * a retry could create a second resource.
   */
  CallHeaders forCall(ApiCall<?> call, boolean hasBody) {
    boolean needsKey = call.operation().idempotentCreate();
    Map<String, String> extra = call.options().headers();
    if (!needsKey && extra.isEmpty()) {
      // The common read: share the prepared headers rather than build them per request.
      return hasBody ? withJsonBody : withoutBody;
    }
    String key = null;
    if (needsKey) {
      key = call.options().idempotencyKey();
      key = key != null ? key : IdempotencyKeys.next();
    }
    if (extra.isEmpty()) {
      return new CallHeaders(
          shared,
          hasBody
              ? Map.of(CONTENT_TYPE, JSON, IDEMPOTENCY_KEY, key)
              : Map.of(IDEMPOTENCY_KEY, key));
    }
    Map<String, String> own = new LinkedHashMap<>();
    if (hasBody) {
      own.put(CONTENT_TYPE, JSON);
    }
    if (key != null) {
      own.put(IDEMPOTENCY_KEY, key);
    }
    own.putAll(extra);
    return new CallHeaders(shared, own);
  }
}
