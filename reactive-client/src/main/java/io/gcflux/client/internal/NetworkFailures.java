package io.gcflux.client.internal;

import io.gcflux.core.error.ApiConnectionException;
import io.gcflux.core.error.GoCardlessException;
import io.netty.channel.ChannelException;
import io.netty.handler.codec.CodecException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;
import reactor.netty.channel.AbortedException;
import reactor.netty.internal.shaded.reactor.pool.PoolAcquirePendingLimitException;
import reactor.netty.internal.shaded.reactor.pool.PoolAcquireTimeoutException;
import reactor.netty.internal.shaded.reactor.pool.PoolShutdownException;

/**
 * The one place that knows which transport failures are the network's, and whether the request
 * could have left before it failed. Everything else about retrying follows from the {@link
 * ApiConnectionException} made here.
 */
final class NetworkFailures {
  private NetworkFailures() {}

  /**
   * The failure of one attempt as gcflux reports it: a network failure becomes an {@link
   * ApiConnectionException} counting the attempts so far; anything else passes unchanged.
   */
  static Throwable classify(Throwable failure, Operation op, int attempt) {
    if (failure instanceof GoCardlessException) {
      return failure;
    }
    boolean neverSent = neverSent(failure);
    if (!neverSent && !isNetwork(failure)) {
      return failure;
    }
    return new ApiConnectionException(
        "The connection to the API failed for " + op.method() + " " + op.path() + ": " + failure,
        attempt,
        !neverSent,
        failure);
  }

  /** The connection was never made or no pooled connection was handed out: nothing was sent. */
  private static boolean neverSent(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      // ConnectException covers Netty's ConnectTimeoutException and refused connections.
      if (t instanceof ConnectException
          || t instanceof UnknownHostException
          || t instanceof NoRouteToHostException
          || t instanceof PoolAcquireTimeoutException
          || t instanceof PoolAcquirePendingLimitException
          || t instanceof PoolShutdownException) {
        return true;
      }
    }
    return false;
  }

  /**
   * Resets, premature closes, read timeouts, TLS failures and garbled HTTP: the request may have
   * reached the API.
   */
  private static boolean isNetwork(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof IOException
          || t instanceof TimeoutException
          || t instanceof ChannelException
          || t instanceof CodecException
          || t instanceof AbortedException) {
        return true;
      }
    }
    return false;
  }
}
