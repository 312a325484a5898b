package io.gcflux.client;

/**
 * A snapshot of the client's connection pool.
 *
 * @param acquired connections in use by calls
 * @param idle open connections waiting for a call
 * @param pending calls waiting for a connection
 * @param total connections open
 */
public record PoolStats(int acquired, int idle, int pending, int total) {
  static final PoolStats EMPTY = new PoolStats(0, 0, 0, 0);
}
