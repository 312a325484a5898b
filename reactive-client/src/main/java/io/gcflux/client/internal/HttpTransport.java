package io.gcflux.client.internal;

import reactor.core.publisher.Mono;

/**
 * Sends one HTTP request. The Reactor Netty implementation is the real one; tests substitute an
 * in-memory one so that retries and backoff can run in virtual time.
 */
public interface HttpTransport {
  /** Sends the request when subscribed; cancelling releases the connection. */
  Mono<HttpExchange.Response> send(HttpExchange.Request request);
}
