/**
 * The Reactor Netty transport and the services of every GoCardless resource.
 *
 * <p>Exports the public packages only; {@code io.gcflux.client.internal} stays inside. Micrometer is
 * optional: metrics and traces switch on only when the application has it and passes a registry.
 */
module io.gcflux.client {
  // Services take core's params and return its resources, in Mono and Flux.
  requires transitive io.gcflux.core;
  requires transitive reactor.core;
  requires transitive org.reactivestreams;
  // The builder takes a Reactor Netty HttpClient and LoopResources.
  requires transitive reactor.netty.http;
  requires transitive reactor.netty.core;
  requires io.netty.common;
  requires io.netty.transport;
  requires io.netty.codec;
  requires io.netty.codec.http;
  requires io.netty.handler;
  requires org.slf4j;
  requires static micrometer.commons;
  requires static micrometer.core;
  requires static micrometer.observation;
  // @Generated is kept in the source only.
  requires static java.compiler;

  exports io.gcflux.client;
  exports io.gcflux.client.batch;
  exports io.gcflux.client.export;
  exports io.gcflux.client.observation;
  exports io.gcflux.client.observe;
  exports io.gcflux.client.paging;
  exports io.gcflux.client.retry;
  exports io.gcflux.client.service;
  exports io.gcflux.client.spi;
}
