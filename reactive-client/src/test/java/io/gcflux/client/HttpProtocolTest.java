package io.gcflux.client;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import reactor.netty.http.HttpProtocol;
import reactor.netty.http.client.HttpClient;
import reactor.test.StepVerifier;

/** The client speaks HTTP/1.1 and HTTP/2 without the HTTP/3 and QUIC jars it leaves out. */
class HttpProtocolTest extends WireMockClientTest {
  private static final Duration WAIT = Duration.ofSeconds(30);

  @Test
  void speaksHttp11ByDefault() {
    server.stubFor(get("/payments/PM1").willReturn(okJson("{\"payments\":{\"id\":\"PM1\"}}")));

    StepVerifier.create(client.payments().get("PM1"))
        .assertNext(payment -> assertThat(payment.id()).isEqualTo("PM1"))
        .expectComplete()
        .verify(WAIT);
    assertThat(server.getAllServeEvents().get(0).getRequest().getProtocol()).isEqualTo("HTTP/1.1");
  }

  @Test
  void speaksHttp2WhenTheHttpClientAsksForIt() {
    server.stubFor(get("/payments/PM2").willReturn(okJson("{\"payments\":{\"id\":\"PM2\"}}")));

    try (GoCardlessClient h2 =
        GoCardlessClient.builder()
            .accessToken(TOKEN)
            .baseUrl(server.baseUrl())
            .httpClient(HttpClient.create().protocol(HttpProtocol.H2C))
            .build()) {
      StepVerifier.create(h2.payments().get("PM2"))
          .assertNext(payment -> assertThat(payment.id()).isEqualTo("PM2"))
          .expectComplete()
          .verify(WAIT);
    }
    assertThat(server.getAllServeEvents().get(0).getRequest().getProtocol()).isEqualTo("HTTP/2.0");
  }

  @Test
  void theClassPathCarriesNoHttp3CodecNorNativeQuicLibrary() {
    ClassLoader loader = GoCardlessClient.class.getClassLoader();

    assertThatThrownBy(() -> Class.forName("io.netty.handler.codec.http3.Http3", false, loader))
        .isInstanceOf(ClassNotFoundException.class);
    // The QUIC classes stay (Reactor Netty's TLS setup loads them); their native libraries, the
    // bulk of the HTTP/3 weight, do not: without them QUIC cannot start.
    assertThat(io.netty.handler.codec.quic.Quic.isAvailable()).isFalse();
  }
}
