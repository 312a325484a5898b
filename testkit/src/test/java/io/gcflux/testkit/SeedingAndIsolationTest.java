package io.gcflux.testkit;

import static io.gcflux.testkit.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeedingAndIsolationTest {
  @RegisterExtension
  static GoCardlessEmulatorExtension emulator = new GoCardlessEmulatorExtension();

  private static List<String> seededCustomers;

  @BeforeAll
  static void seed() {
    seededCustomers = emulator.emulator().seedCustomers(3);
  }

  @Test
  @Order(1)
  void seedsTenThousandPaymentsQuickly() throws IOException {
    long start = System.nanoTime();
    List<String> payments = emulator.emulator().seedPayments(10_000);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    assertThat(payments)
        .hasSize(10_000)
        .doesNotHaveDuplicates()
        .allMatch(id -> id.matches("PM[0-9A-Z]{12}"));

    Http http = Http.of(emulator.emulator());
    JsonNode page = json(http.get("/payments?limit=500"));
    assertThat(page.path("payments")).hasSize(500);
    assertThat(page.path("payments").get(0).path("id").asText()).isEqualTo(payments.get(9_999));
  }

  @Test
  @Order(2)
  void laterTestsSeeTheBeforeAllStateOnly() throws IOException {
    assertThat(emulator.emulator().resources("payments")).isEmpty();
    JsonNode customers = json(Http.of(emulator.emulator()).get("/customers"));
    assertThat(customers.path("customers")).hasSize(3);
    assertThat(customers.path("customers").get(0).path("id").asText())
        .isEqualTo(seededCustomers.get(2));
  }

  @Test
  @Order(3)
  void seedsMandatesWithTheirCustomers() {
    List<String> mandates = emulator.emulator().seedMandates(2);
    assertThat(mandates).allMatch(id -> id.startsWith("MD"));
    assertThat(emulator.emulator().resources("customers")).hasSize(5);
    assertThat(emulator.emulator().resources("customer_bank_accounts")).hasSize(2);
    assertThat(emulator.emulator().seed("payouts", 2)).allMatch(id -> id.startsWith("PO"));
  }

  @Test
  @Order(4)
  void exposesTheRequestJournal() throws IOException {
    Http.of(emulator.emulator()).get("/customers");
    assertThat(emulator.emulator().requests()).hasSize(1);
    emulator
        .emulator()
        .wireMock()
        .verify(
            1,
            com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo("/customers")));
  }
}
