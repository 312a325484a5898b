package io.gcflux.samples.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import io.gcflux.testkit.GoCardlessEmulator;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * End to end with nothing stubbed in the application: the emulator signs and delivers its recorded
 * events, and the real client looks the payments up from it.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "gcflux.webhook.secret=" + WebhookEmulatorTest.SECRET)
@ExtendWith(OutputCaptureExtension.class)
class WebhookEmulatorTest {
  static final String SECRET = "emulator-endpoint-secret";
  private static final GoCardlessEmulator emulator = GoCardlessEmulator.builder().build().start();

  @LocalServerPort int port;

  @DynamicPropertySource
  static void pointTheClientAtTheEmulator(DynamicPropertyRegistry registry) {
    registry.add("gcflux.base-url", emulator::baseUrl);
    registry.add("gcflux.access-token", emulator::accessToken);
  }

  @AfterAll
  static void stopEmulator() {
    emulator.stop();
  }

  @Test
  void fetchesEachPaymentOnceAcrossRedeliveries() {
    List<String> paymentIds = emulator.seedPayments(3);
    URI endpoint = URI.create("http://localhost:" + port + WebhookEndpointTest.PATH);

    assertThat(emulator.webhooks().sendRecordedEvents(endpoint, SECRET)).isEqualTo(204);
    assertThat(emulator.webhooks().sendRecordedEvents(endpoint, SECRET)).isEqualTo(204);

    List<String> fetched =
        emulator.requests().stream()
            .filter(request -> request.getMethod().getName().equals("GET"))
            .map(request -> request.getUrl())
            .filter(url -> url.startsWith("/payments/"))
            .toList();
    assertThat(fetched)
        .containsExactlyInAnyOrderElementsOf(
            paymentIds.stream().map(id -> "/payments/" + id).toList());
  }

  @Test
  void printsTheUrlItListensOn(CapturedOutput output) {
    assertThat(output.getAll())
        .contains(
            "Listening for GoCardless webhooks at http://localhost:"
                + port
                + "/webhooks/gocardless");
  }

  @Test
  void answers498ToADeliverySignedWithAnotherSecret() {
    URI endpoint = URI.create("http://localhost:" + port + WebhookEndpointTest.PATH);

    assertThat(emulator.webhooks().sendRecordedEvents(endpoint, "another-secret")).isEqualTo(498);
  }
}
