/**
 * The Reactor Netty transport and the services of every GoCardless resource.
 *
 * <p>Exports the public packages only; {@code io.gcflux.client.internal} stays inside. Micrometer
 * is optional: metrics and traces switch on only when the application has it and passes a registry.
 */
// Reactor and Reactor Netty name no module of their own yet: their Automatic-Module-Names.
@SuppressWarnings("requires-transitive-automatic")
module io.gcflux.client {
  // Services take core's params and return its resources, in Mono and Flux.
  requires transitive io.gcflux.core;
  requires transitive reactor.core;
  requires transitive org.reactivestreams;
  // The builder takes a Reactor Netty HttpClient and LoopResources.
  requires transitive reactor.netty.http;
  requires transitive reactor.netty.core;
  requires io.netty.buffer;
  requires io.netty.common;
  requires io.netty.transport;
  requires io.netty.codec;
  requires io.netty.codec.http;
  requires io.netty.handler;
  // Reactor Netty, an automatic module, requires nothing; these are the Netty modules it loads at
  // run time (DNS resolution, content decoding, HTTP/2, proxies, its TLS setup), so a module path
  // resolves them.
  requires io.netty.resolver.dns;
  requires io.netty.codec.compression;
  requires io.netty.codec.http2;
  requires io.netty.handler.proxy;
  requires io.netty.codec.classes.quic;
  requires org.slf4j;
  // Optional: the observation package names Micrometer types, so an application that uses it
  // requires Micrometer itself (it needs it to make a registry anyway).
  requires static micrometer.commons;
  requires static micrometer.core;
  requires static micrometer.observation;
  // @Generated is kept in the source only.
  requires static java.compiler;

  exports io.gcflux.client;
  exports io.gcflux.client.batch;
  exports io.gcflux.client.call;
  exports io.gcflux.client.export;
  exports io.gcflux.client.observation;
  exports io.gcflux.client.observe;
  exports io.gcflux.client.paging;
  exports io.gcflux.client.retry;
  exports io.gcflux.client.service;
  exports io.gcflux.client.spi;
}
