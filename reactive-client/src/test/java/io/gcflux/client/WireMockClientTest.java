package io.gcflux.client;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.gcflux.client.retry.RetryPolicy;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A client pointed at the shared WireMock server, reset before each test. */
abstract class WireMockClientTest {
  static final String TOKEN = "sandbox_TOKEN_never_printed";

  WireMockServer server;
  GoCardlessClient client;

  @BeforeEach
  void startClient() {
    server = TestServer.get();
    server.resetAll();
    client =
        configure(GoCardlessClient.builder().accessToken(TOKEN).baseUrl(server.baseUrl())).build();
  }

  GoCardlessClient.Builder configure(GoCardlessClient.Builder builder) {
    return builder.retryPolicy(
        RetryPolicy.builder().maxAttempts(3).baseDelay(Duration.ofMillis(5)).jitter(0).build());
  }

  @AfterEach
  void closeClient() {
    client.close();
  }
}
