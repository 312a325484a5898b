package io.gcflux.client;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.gcflux.core.error.ApiConnectionException;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class ProxyTest {
  private static final String CUSTOMER = "{\"customers\":{\"id\":\"CU123\"}}";

  private WireMockServer server;

  @BeforeEach
  void stub() {
    server = TestServer.get();
    server.resetAll();
    server.stubFor(get("/customers/CU123").willReturn(okJson(CUSTOMER)));
  }

  @Test
  void tunnelsEveryCallThroughTheProxyWithItsCredentials() throws Exception {
    try (ConnectProxy proxy = ConnectProxy.requiringCredentials("svc", "s3cret");
        GoCardlessClient client =
            client(p -> p.host("127.0.0.1").port(proxy.port()).credentials("svc", "s3cret"))) {
      StepVerifier.create(client.customers().get("CU123"))
          .assertNext(customer -> assertThat(customer.id()).isEqualTo("CU123"))
          .expectComplete()
          .verify(Duration.ofSeconds(10));

      assertThat(proxy.tunnels()).containsExactly("127.0.0.1:" + server.port());
      assertThat(proxy.refusals()).isEmpty();
      server.verify(1, getRequestedFor(urlEqualTo("/customers/CU123")));
    }
  }

  @Test
  void aProxyThatRefusesTheCredentialsFailsTheCallWithoutReachingTheApi() throws Exception {
    try (ConnectProxy proxy = ConnectProxy.requiringCredentials("svc", "s3cret");
        GoCardlessClient client =
            client(p -> p.host("127.0.0.1").port(proxy.port()).credentials("svc", "wrong"))) {
      StepVerifier.create(client.customers().get("CU123"))
          .expectError(ApiConnectionException.class)
          .verify(Duration.ofSeconds(10));

      assertThat(proxy.refusals()).isNotEmpty();
      assertThat(proxy.tunnels()).isEmpty();
      server.verify(0, getRequestedFor(urlEqualTo("/customers/CU123")));
    }
  }

  @Test
  void hostsMatchingNonProxyHostsAreReachedDirectly() throws Exception {
    try (ConnectProxy proxy = ConnectProxy.open();
        GoCardlessClient client =
            client(p -> p.host("127.0.0.1").port(proxy.port()).nonProxyHosts("127\\..*"))) {
      StepVerifier.create(client.customers().get("CU123"))
          .expectNextCount(1)
          .expectComplete()
          .verify(Duration.ofSeconds(10));

      assertThat(proxy.tunnels()).isEmpty();
      server.verify(1, getRequestedFor(urlEqualTo("/customers/CU123")));
    }
  }

  @Test
  void builderRefusesAnIncompleteProxyAndNeverPrintsItsPassword() {
    assertThatThrownBy(() -> Proxy.builder().port(3128).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("host");
    assertThatThrownBy(() -> Proxy.builder().host("proxy").port(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("port");
    assertThatThrownBy(() -> Proxy.builder().host("proxy").port(1).nonProxyHosts("(").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nonProxyHosts");

    Proxy proxy = Proxy.builder().host("proxy").port(3128).credentials("svc", "s3cret").build();
    assertThat(proxy.toString()).contains("proxy:3128", "svc").doesNotContain("s3cret");
    assertThat(GoCardlessClient.builder().accessToken("t").proxy(proxy).toString())
        .doesNotContain("s3cret");
  }

  private GoCardlessClient client(Consumer<Proxy.Builder> proxy) {
    // Reactor Netty reaches loopback directly unless nonProxyHosts says otherwise; the tests name
    // a pattern that does not match 127.0.0.1, so the call really goes through the proxy.
    Consumer<Proxy.Builder> withDefaultBypass =
        p -> {
          p.nonProxyHosts("bypass\\.example");
          proxy.accept(p);
        };
    return GoCardlessClient.builder()
        .accessToken("test_token")
        .baseUrl("http://127.0.0.1:" + server.port())
        .retryPolicy(io.gcflux.client.retry.RetryPolicy.builder().maxAttempts(1).build())
        .proxy(withDefaultBypass)
        .build();
  }
}
