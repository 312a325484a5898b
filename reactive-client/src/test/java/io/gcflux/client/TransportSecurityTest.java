package io.gcflux.client;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.gcflux.core.error.ApiConnectionException;
import io.netty.handler.ssl.SslContextBuilder;
import java.time.Duration;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.netty.http.client.HttpClient;
import reactor.test.StepVerifier;

/** TLS is verified (certificate and host name) and a token never travels over plain http. */
class TransportSecurityTest {
  private static WireMockServer https;

  @BeforeAll
  static void startHttpsServer() {
    // WireMock's built-in certificate is self-signed: no default trust store accepts it.
    https = new WireMockServer(options().dynamicPort().dynamicHttpsPort());
    https.start();
    https.stubFor(get("/payments/PM1").willReturn(okJson("{\"payments\":{\"id\":\"PM1\"}}")));
  }

  @AfterAll
  static void stopHttpsServer() {
    https.stop();
  }

  private static void failsTheHandshake(GoCardlessClient client) {
    StepVerifier.create(client.payments().get("PM1"))
        .expectErrorSatisfies(
            e -> {
              assertThat(e).isInstanceOf(ApiConnectionException.class);
              assertThat(chainHasSslException(e)).as("an SSL failure in " + e).isTrue();
            })
        .verify(Duration.ofSeconds(30));
    assertThat(https.getAllServeEvents()).isEmpty();
  }

  private static boolean chainHasSslException(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SSLException) {
        return true;
      }
    }
    return false;
  }

  @Test
  void anUntrustedCertificateIsRefusedEvenWithPropertiesThatLookLikeSwitches() {
    String[] switches = {
      "jdk.internal.httpclient.disableHostnameVerification",
      "gcflux.tls.insecure",
      "io.netty.handler.ssl.noOpenSsl"
    };
    for (String name : switches) {
      System.setProperty(name, "true");
    }
    try (GoCardlessClient client =
        GoCardlessClient.builder()
            .accessToken("tls-test-token")
            .baseUrl("https://localhost:" + https.httpsPort())
            .retryPolicy(io.gcflux.client.retry.RetryPolicy.builder().maxAttempts(1).build())
            .build()) {
      failsTheHandshake(client);
    } finally {
      for (String name : switches) {
        System.clearProperty(name);
      }
    }
  }

  @Test
  void theHostNameIsVerifiedAgainstATrustedCertificate() throws Exception {
    // Trust WireMock's own certificate, which is issued to another name than localhost: the
    // handshake must still fail, on the name alone.
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(https.getOptions().httpsSettings().keyStore().loadStore());
    var context = SslContextBuilder.forClient().trustManager(trust).build();
    HttpClient trusting = HttpClient.create().secure(spec -> spec.sslContext(context));
    try (GoCardlessClient client = clientFor("https://localhost:" + https.httpsPort(), trusting)) {
      StepVerifier.create(client.payments().get("PM1"))
          .expectErrorSatisfies(
              e ->
                  assertThat(e)
                      .isInstanceOf(ApiConnectionException.class)
                      .hasMessageContaining("No name matching localhost"))
          .verify(Duration.ofSeconds(30));
    }
    assertThat(https.getAllServeEvents()).isEmpty();
  }

  private static GoCardlessClient clientFor(String url, HttpClient http) {
    return GoCardlessClient.builder()
        .accessToken("tls-test-token")
        .baseUrl(url)
        .httpClient(http)
        .retryPolicy(io.gcflux.client.retry.RetryPolicy.builder().maxAttempts(1).build())
        .build();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://api.gocardless.com",
        "http://10.0.0.1:8080",
        "http://127.0.0.1.example.com",
        "http://localhost.example.com",
        "http://[2001:db8::1]"
      })
  void plainHttpIsRefusedForAnyHostButLoopback(String url) {
    assertThatThrownBy(() -> GoCardlessClient.builder().accessToken("t").baseUrl(url).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("https");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://localhost:1", "http://127.0.0.1:1", "http://[::1]:1"})
  void plainHttpIsAcceptedForLoopback(String url) {
    try (GoCardlessClient client =
        GoCardlessClient.builder().accessToken("t").baseUrl(url).build()) {
      assertThat(client.baseUrl()).isEqualTo(url);
    }
  }
}
