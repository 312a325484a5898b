package io.gcflux.client.internal;

import java.util.Map;
import reactor.util.context.ContextView;

/**
 * Watches API calls for metrics and traces. Free of Micrometer types, so the executor can hold one
 * whether or not Micrometer is on the class path; {@link #NONE} does nothing.
 */
@FunctionalInterface
public interface CallObserver {
  CallObserver NONE = (op, requestHeaders, context) -> CallObservation.NONE;

  /**
   * Starts watching one call, before its first attempt is sent.
   *
   * @param op the action called
   * @param requestHeaders the headers every attempt will send, writable so trace headers can join
   * @param context the subscriber's Reactor context, which may carry the caller's observation
   */
  CallObservation start(Operation op, Map<String, String> requestHeaders, ContextView context);
}
