package io.gcflux.client.internal;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Makes idempotency keys: random version-4 UUIDs. */
final class IdempotencyKeys {
  private IdempotencyKeys() {}

  /**
   * A fresh key. It draws on {@link ThreadLocalRandom} rather than {@code UUID.randomUUID()}
   * because the latter's {@code SecureRandom} may block reading entropy, and a create can be
   * subscribed on an event loop. A key needs to be unique, not secret.
   */
  static String next() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long high = (random.nextLong() & ~0xF000L) | 0x4000L;
    long low = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48);
    return new UUID(high, low).toString();
  }
}
