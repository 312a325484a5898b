package io.gcflux.client.observation;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.net.SocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import reactor.netty.resources.ConnectionPoolMetrics;
import reactor.netty.resources.ConnectionProvider;

/**
 * Publishes the connection pool's gauges under Reactor Netty's own meter names, tagged with the
 * pool's name, into the registry the client was given (Reactor Netty alone would use the global
 * one), while still passing them on to gcflux's own pool statistics.
 */
final class PoolMeters implements ConnectionProvider.MeterRegistrar {
  private static final String PREFIX = "reactor.netty.connection.provider.";

  private final MeterRegistry registry;
  private final ConnectionProvider.MeterRegistrar next;
  private final Map<String, List<Meter>> byPool = new ConcurrentHashMap<>();

  PoolMeters(MeterRegistry registry, ConnectionProvider.MeterRegistrar next) {
    this.registry = registry;
    this.next = next;
  }

  static Supplier<ConnectionProvider.MeterRegistrar> around(
      MeterRegistry registry, Supplier<ConnectionProvider.MeterRegistrar> next) {
    return () -> new PoolMeters(registry, next.get());
  }

  @Override
  public void registerMetrics(
      String poolName, String id, SocketAddress remoteAddress, ConnectionPoolMetrics metrics) {
    next.registerMetrics(poolName, id, remoteAddress, metrics);
    Tags tags = Tags.of("id", id, "name", poolName, "remote.address", remoteAddress.toString());
    byPool.put(
        key(poolName, id, remoteAddress),
        List.of(
            gauge("total.connections", tags, metrics, ConnectionPoolMetrics::allocatedSize),
            gauge("active.connections", tags, metrics, ConnectionPoolMetrics::acquiredSize),
            gauge("idle.connections", tags, metrics, ConnectionPoolMetrics::idleSize),
            gauge("pending.connections", tags, metrics, ConnectionPoolMetrics::pendingAcquireSize),
            gauge("max.connections", tags, metrics, ConnectionPoolMetrics::maxAllocatedSize),
            gauge(
                "max.pending.connections",
                tags,
                metrics,
                ConnectionPoolMetrics::maxPendingAcquireSize)));
  }

  @Override
  public void deRegisterMetrics(String poolName, String id, SocketAddress remoteAddress) {
    next.deRegisterMetrics(poolName, id, remoteAddress);
    List<Meter> meters = byPool.remove(key(poolName, id, remoteAddress));
    if (meters != null) {
      meters.forEach(registry::remove);
    }
  }

  private Meter gauge(
      String name,
      Tags tags,
      ConnectionPoolMetrics metrics,
      ToDoubleFunction<ConnectionPoolMetrics> value) {
    return Gauge.builder(PREFIX + name, metrics, value).tags(tags).register(registry);
  }

  private static String key(String poolName, String id, SocketAddress remoteAddress) {
    return poolName + "/" + id + "/" + remoteAddress;
  }
}
