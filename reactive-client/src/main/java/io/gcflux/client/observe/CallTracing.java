package io.gcflux.client.observe;

import java.util.Map;
import reactor.util.context.ContextView;

/**
 * Wraps each API call in a trace or timing, such as a Micrometer observation. Unlike {@link
 * CallObserver} it sees the subscriber's Reactor context, so a span can take the caller's as its
 * parent, and the outgoing headers, so trace headers can join them. Free of Micrometer types, so
 * the client can hold one whether or not Micrometer is on the class path; {@link #NONE} does
 * nothing.
 */
@FunctionalInterface
public interface CallTracing {
  CallTracing NONE = (operation, requestHeaders, context) -> CallTrace.NONE;

  /**
   * Starts watching one call, before its first attempt is sent.
   *
   * @param operation the action called
   * @param requestHeaders headers to add to every attempt of the call (empty, writable): where
   *     trace headers go
   * @param context the subscriber's Reactor context, which may carry the caller's observation
   * @return the trace of this call
   */
  CallTrace start(ApiOperation operation, Map<String, String> requestHeaders, ContextView context);
}
