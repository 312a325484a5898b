package io.gcflux.client.internal;

import io.gcflux.client.observe.CallObserver;
import io.gcflux.client.observe.CallTracing;
import io.gcflux.client.retry.RetryPolicy;
import java.time.Duration;
import java.util.Map;

/**
 * What the executor needs from the client's configuration, fixed at build time.
 *
 * @param baseUrl the API's base URL, without a trailing slash
 * @param staticHeaders headers every request carries (auth, version, user agent)
 * @param retryPolicy the retry policy
 * @param callTimeout the default deadline of a call, retries included
 * @param fetchExistingOnConflict whether a create's idempotency conflict fetches the resource
 * @param throttleOnRateLimit whether to wait for the window reset when the budget is spent
 * @param pagePrefetch pages fetched ahead of demand by streams (0 or 1)
 * @param observer the user's call observer, or {@link CallObserver#NONE}
 * @param tracing what wraps each call in an observation, or {@link CallTracing#NONE}
 */
public record ExecutorSettings(
    String baseUrl,
    Map<String, String> staticHeaders,
    RetryPolicy retryPolicy,
    Duration callTimeout,
    boolean fetchExistingOnConflict,
    boolean throttleOnRateLimit,
    int pagePrefetch,
    CallObserver observer,
    CallTracing tracing) {
  public ExecutorSettings {
    staticHeaders = Map.copyOf(staticHeaders);
    observer = observer == null ? CallObserver.NONE : observer;
    tracing = tracing == null ? CallTracing.NONE : tracing;
  }

  @Override
  public String toString() {
    // The headers hold the access token: never print them.
    return "ExecutorSettings{baseUrl=" + baseUrl + ", retryPolicy=" + retryPolicy + "}";
  }
}
