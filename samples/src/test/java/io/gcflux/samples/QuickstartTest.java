package io.gcflux.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.gcflux.client.GoCardlessClient;
import io.gcflux.testkit.GoCardlessEmulatorExtension;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class QuickstartTest {
  @RegisterExtension
  static final GoCardlessEmulatorExtension EMULATOR = new GoCardlessEmulatorExtension();

  @Test
  void printsTheCreatedCustomerAndUpToFivePayments() {
    EMULATOR.emulator().seedPayments(7);
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.out;
    try (GoCardlessClient client =
        GoCardlessClient.builder()
            .accessToken(EMULATOR.accessToken())
            .baseUrl(EMULATOR.baseUrl())
            .build()) {
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      Quickstart.run(client);
    } finally {
      System.setOut(original);
    }
    String[] lines = captured.toString(StandardCharsets.UTF_8).split("\\R");

    assertThat(lines[0]).matches("Created customer CU[0-9A-Z]{12} <ada\\+\\d+@example.com>");
    assertThat(lines[1]).isEqualTo("First five payments:");
    assertThat(lines).hasSize(7);
    for (int i = 2; i < 7; i++) {
      assertThat(lines[i]).matches("  PM[0-9A-Z]{12}  \\d+ GBP  \\w+");
    }
  }
}
