package io.gcflux.testkit;

import static io.gcflux.testkit.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class VirtualPaymentsTest {
  @RegisterExtension
  static GoCardlessEmulatorExtension emulator = new GoCardlessEmulatorExtension();

  private Http http;

  @BeforeEach
  void client() {
    http = new Http(emulator.baseUrl(), emulator.accessToken());
  }

  @Test
  void pagesToTheEnd() throws IOException {
    emulator.emulator().virtualPayments(1_200);
    Set<String> seen = new HashSet<>();
    String after = null;
    int pages = 0;
    do {
      JsonNode page =
          json(http.get("/payments?limit=500" + (after == null ? "" : "&after=" + after)));
      page.path("payments").forEach(p -> seen.add(p.path("id").asText()));
      JsonNode cursor = page.path("meta").path("cursors").path("after");
      after = cursor.isNull() ? null : cursor.asText();
      pages++;
    } while (after != null);
    assertThat(pages).isEqualTo(3);
    assertThat(seen).hasSize(1_200).contains(GoCardlessEmulator.virtualPaymentId(1_199));
  }

  @Test
  void servesAMillionWithoutHoldingThem() throws IOException {
    emulator.emulator().virtualPayments(1_000_000);
    JsonNode first = json(http.get("/payments?limit=500"));
    assertThat(first.path("payments")).hasSize(500);
    assertThat(first.path("payments").get(0).path("id").asText()).isEqualTo("PM000000000000");
    assertThat(first.path("meta").path("cursors").path("after").asText())
        .isEqualTo(GoCardlessEmulator.virtualPaymentId(499));

    String late = GoCardlessEmulator.virtualPaymentId(999_499);
    JsonNode last = json(http.get("/payments?limit=500&after=" + late));
    assertThat(last.path("payments")).hasSize(500);
    assertThat(last.path("payments").get(499).path("id").asText())
        .isEqualTo(GoCardlessEmulator.virtualPaymentId(999_999));
    assertThat(last.path("meta").path("cursors").path("after").isNull()).isTrue();
    assertThat(last.path("meta").path("cursors").path("before").asText())
        .isEqualTo(GoCardlessEmulator.virtualPaymentId(999_500));

    JsonNode one = json(http.get("/payments/" + GoCardlessEmulator.virtualPaymentId(123_456)));
    assertThat(one.path("payments").path("id").asText())
        .isEqualTo(GoCardlessEmulator.virtualPaymentId(123_456))
        .matches("PM[0-9A-Z]{12}");
  }
}
