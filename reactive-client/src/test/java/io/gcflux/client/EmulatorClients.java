package io.gcflux.client;

import io.gcflux.client.retry.RetryPolicy;
import io.gcflux.testkit.GoCardlessEmulatorExtension;
import java.time.Duration;

/** A client for the emulator whose retries wait milliseconds, so fault tests stay quick. */
final class EmulatorClients {
  private EmulatorClients() {}

  static GoCardlessClient.Builder quickRetries(GoCardlessEmulatorExtension emulator) {
    return GoCardlessClient.builder()
        .accessToken(emulator.accessToken())
        .baseUrl(emulator.baseUrl())
        .retryPolicy(
            RetryPolicy.builder()
                .baseDelay(Duration.ofMillis(10))
                .maxDelay(Duration.ofMillis(50))
                .build());
  }
}
