package io.gcflux.spring.boot.webhook;

import java.util.LinkedHashMap;
import java.util.Map;
import reactor.core.publisher.Mono;

/**
 * Keeps the ids of the most recent events in memory, dropping the oldest past a fixed count.
 *
 * <p>Bounded because an endpoint runs for months: redeliveries come within days, so an id old
 * enough to be dropped will not be seen again in practice. Per instance and lost on restart.
 */
public final class InMemoryProcessedWebhookEvents implements ProcessedWebhookEvents {
  private final Map<String, Boolean> seen;

  public InMemoryProcessedWebhookEvents(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
    }
    this.seen =
        new LinkedHashMap<>(16, 0.75f, false) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > capacity;
          }
        };
  }

  @Override
  public Mono<Boolean> claim(String eventId) {
    // The lock is held for one map operation only, so it never blocks an event-loop thread long.
    return Mono.fromSupplier(
        () -> {
          synchronized (seen) {
            return seen.putIfAbsent(eventId, Boolean.TRUE) == null;
          }
        });
  }

  @Override
  public Mono<Void> release(String eventId) {
    return Mono.fromRunnable(
        () -> {
          synchronized (seen) {
            seen.remove(eventId);
          }
        });
  }

  int size() {
    synchronized (seen) {
      return seen.size();
    }
  }
}
