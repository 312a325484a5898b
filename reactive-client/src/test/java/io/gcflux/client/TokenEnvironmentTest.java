package io.gcflux.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TokenEnvironmentTest {
  private static final String SANDBOX_TOKEN = "sandbox_Zq81secretpart";
  private static final String LIVE_TOKEN = "live_Kx93secretpart";

  @Test
  void sandboxTokenWithTheLiveEnvironmentFailsInBuildNamingTheTokensEnvironment() {
    assertThatThrownBy(
            () ->
                GoCardlessClient.builder()
                    .accessToken(SANDBOX_TOKEN)
                    .environment(Environment.LIVE)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is a sandbox token")
        .hasMessageContaining("configured for the live environment")
        .hasMessageContaining("environment(Environment.SANDBOX)")
        .hasMessageNotContaining("Zq81secretpart");
  }

  @Test
  void sandboxTokenFailsWithTheDefaultEnvironmentWhichIsLive() {
    assertThatThrownBy(() -> GoCardlessClient.builder().accessToken(SANDBOX_TOKEN).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is a sandbox token");
  }

  @Test
  void liveTokenWithTheSandboxEnvironmentFailsInBuild() {
    assertThatThrownBy(
            () ->
                GoCardlessClient.builder()
                    .accessToken(LIVE_TOKEN)
                    .environment(Environment.SANDBOX)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is a live token")
        .hasMessageContaining("configured for the sandbox environment")
        .hasMessageContaining("environment(Environment.LIVE)")
        .hasMessageNotContaining("Kx93secretpart");
  }

  @Test
  void tokensMatchingTheirEnvironmentBuild() {
    try (GoCardlessClient sandbox =
            GoCardlessClient.builder()
                .accessToken(SANDBOX_TOKEN)
                .environment(Environment.SANDBOX)
                .build();
        GoCardlessClient live =
            GoCardlessClient.builder()
                .accessToken(LIVE_TOKEN)
                .environment(Environment.LIVE)
                .build()) {
      assertThat(sandbox.baseUrl()).isEqualTo(Environment.SANDBOX.baseUrl());
      assertThat(live.baseUrl()).isEqualTo(Environment.LIVE.baseUrl());
    }
  }

  @Test
  void tokensWithoutAnEnvironmentPrefixAreAccepted() {
    try (GoCardlessClient client =
        GoCardlessClient.builder()
            .accessToken("emulator-access-token")
            .environment(Environment.LIVE)
            .build()) {
      assertThat(client.baseUrl()).isEqualTo(Environment.LIVE.baseUrl());
    }
  }

  @Test
  void aCustomBaseUrlAcceptsAPrefixedToken() {
    try (GoCardlessClient client =
        GoCardlessClient.builder()
            .accessToken(SANDBOX_TOKEN)
            .environment(Environment.LIVE)
            .baseUrl("http://127.0.0.1:8089")
            .build()) {
      assertThat(client.baseUrl()).isEqualTo("http://127.0.0.1:8089");
    }
  }
}
