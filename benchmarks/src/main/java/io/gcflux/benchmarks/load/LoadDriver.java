package io.gcflux.benchmarks.load;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** One way of calling the payments API that the harness can load: gcflux or a baseline. */
interface LoadDriver extends AutoCloseable {
  String TOKEN = "load_test_token";
  String API_VERSION = "2015-07-06";

  /** {@code POST /payments} with a fresh idempotency key; the created payment's id. */
  Mono<String> create();

  /** Every payment of {@code GET /payments}, page after page of 500; each payment's amount. */
  Flux<Long> export();

  @Override
  void close();

  /**
   * The driver called {@code name}, with a pool of {@code connections}: every client gets the same
   * pool size, so that the pool is not what is measured.
   */
  static LoadDriver named(String name, String baseUrl, int connections) {
    switch (name) {
      case "raw":
        return new RawDriver(baseUrl, connections);
      case "webclient":
        return new WebClientDriver(baseUrl, connections);
      case "gcflux":
        return new GcfluxDriver(baseUrl, connections);
      default:
        throw new IllegalArgumentException(
            "unknown client " + name + ": use raw, webclient or gcflux in load.clients");
    }
  }
}
