package io.gcflux.client.internal;

import java.net.SocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import reactor.netty.resources.ConnectionPoolMetrics;
import reactor.netty.resources.ConnectionProvider;

/** Collects the gauges Reactor Netty reports for each remote address of the client's pool. */
public final class PoolMetricsRecorder {
  private final Map<String, ConnectionPoolMetrics> byAddress = new ConcurrentHashMap<>();

  public Supplier<ConnectionProvider.MeterRegistrar> registrar() {
    return () -> new Registrar();
  }

  /** What a snapshot is made into: the caller's own type, so this class names none of the API. */
  @FunctionalInterface
  public interface Snapshot<T> {
    T of(int acquired, int idle, int pending, int total);
  }

  public <T> T snapshot(Snapshot<T> into) {
    int acquired = 0;
    int idle = 0;
    int pending = 0;
    int total = 0;
    for (ConnectionPoolMetrics metrics : byAddress.values()) {
      acquired += metrics.acquiredSize();
      idle += metrics.idleSize();
      pending += metrics.pendingAcquireSize();
      total += metrics.allocatedSize();
    }
    return into.of(acquired, idle, pending, total);
  }

  private final class Registrar implements ConnectionProvider.MeterRegistrar {
    @Override
    public void registerMetrics(
        String poolName, String id, SocketAddress remoteAddress, ConnectionPoolMetrics metrics) {
      byAddress.put(poolName + "/" + id + "/" + remoteAddress, metrics);
    }

    @Override
    public void deRegisterMetrics(String poolName, String id, SocketAddress remoteAddress) {
      byAddress.remove(poolName + "/" + id + "/" + remoteAddress);
    }
  }
}
