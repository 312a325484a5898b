/**
 * Auto-configures a GoCardlessClient, its metrics and traces, and a webhook endpoint in Spring Boot
 * 4.
 *
 * <p>Spring's jars name their modules through Automatic-Module-Name only. Both packages are opened
 * to every module: Spring proxies the configuration classes, binds the properties and creates the
 * failure analyzer by reflection, and a package opened to named Spring modules alone would break
 * the day Spring ships real descriptors.
 */
// Spring names no module of its own yet: its Automatic-Module-Names.
@SuppressWarnings("requires-transitive-automatic")
module io.gcflux.spring.boot {
  requires transitive io.gcflux.client;
  // Public configuration classes and customizers name these in their signatures.
  requires transitive spring.beans;
  requires transitive spring.boot;
  requires transitive spring.boot.autoconfigure;
  requires transitive spring.context;
  requires spring.core;
  requires io.netty.transport;
  requires org.slf4j;
  // Each switches a part on when the application has it.
  requires static spring.web;
  requires static spring.webflux;
  requires static micrometer.core;
  requires static micrometer.observation;

  exports io.gcflux.spring.boot;
  exports io.gcflux.spring.boot.webhook;

  opens io.gcflux.spring.boot;
  opens io.gcflux.spring.boot.webhook;
}
