package io.gcflux.client;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * One WireMock server for the whole test run, started on first use on a free port: starting one per
 * test class would cost more than the tests themselves.
 */
public final class TestServer {
  private static WireMockServer server;

  private TestServer() {}

  public static synchronized WireMockServer get() {
    if (server == null) {
      server = new WireMockServer(options().dynamicPort().containerThreads(20));
      server.start();
      Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    }
    return server;
  }
}
