package io.gcflux.client.internal;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whether the client is still open. Once closed, every new call and every further attempt of a call
 * in flight fails before it reaches the transport, so nothing opens a connection again.
 */
public final class ClientLifecycle {
  private final AtomicBoolean closed = new AtomicBoolean();

  /** Marks the client closed; {@code true} only for the first call, which releases resources. */
  public boolean close() {
    return closed.compareAndSet(false, true);
  }

  public boolean isClosed() {
    return closed.get();
  }

  /** Throws when closed; called at subscription and before each attempt. */
  void checkOpen() {
    if (closed.get()) {
      throw new IllegalStateException(
          "client is closed: close() released its connections; build a new GoCardlessClient");
    }
  }
}
