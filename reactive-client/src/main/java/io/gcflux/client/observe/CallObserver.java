package io.gcflux.client.observe;

import java.time.Duration;

/**
 * Hears what each API call does, attempt by attempt: the place to plug in metrics or tracing. Every
 * method has an empty default, so an observer overrides only what it needs.
 *
 * <p>Methods run on the thread that completes the attempt, often a Netty event loop: they must be
 * quick and must not block. An exception thrown by an observer is dropped, never the call's.
 */
public interface CallObserver {
  /** An observer that does nothing. */
  CallObserver NONE = new CallObserver() {};

  /** Attempt number {@code attempt} (1 for the first) is about to be sent. */
  default void onAttempt(ApiOperation operation, int attempt) {}

  /** Attempt number {@code attempt} failed with {@code cause}; another attempt follows. */
  default void onRetry(ApiOperation operation, int attempt, Throwable cause) {}

  /** The call succeeded on its last attempt. */
  default void onSuccess(
      ApiOperation operation, int statusCode, String requestId, int attempts, Duration elapsed) {}

  /** The call failed for good with {@code failure}, the error its caller receives. */
  default void onFailure(
      ApiOperation operation, Throwable failure, int attempts, Duration elapsed) {}
}
