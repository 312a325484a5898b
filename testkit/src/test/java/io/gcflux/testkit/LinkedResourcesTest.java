package io.gcflux.testkit;

import static io.gcflux.testkit.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Creates that link to a resource the emulator does not have are refused, as the API does. */
class LinkedResourcesTest {
  @RegisterExtension
  static GoCardlessEmulatorExtension emulator = new GoCardlessEmulatorExtension();

  private Http http;

  @BeforeEach
  void client() {
    http = new Http(emulator.baseUrl(), emulator.accessToken());
  }

  @Test
  void paymentOnAnUnknownMandateIsRefusedAndNothingIsCreated() throws IOException {
    HttpResponse<String> response =
        http.post(
            "/payments",
            "{\"payments\":{\"amount\":1500,\"currency\":\"GBP\","
                + "\"links\":{\"mandate\":\"MD000000NOPE00\"}}}");

    JsonNode entry = assertLinkNotFound(response, "links.mandate", "/payments/links/mandate");
    assertThat(entry.path("message").asText()).contains("mandate MD000000NOPE00");
    assertThat(emulator.emulator().resources("payments")).isEmpty();
    assertThat(emulator.emulator().events()).isEmpty();
  }

  @Test
  void mandateOnAnUnknownBankAccountIsRefusedAndNothingIsCreated() throws IOException {
    HttpResponse<String> response =
        http.post(
            "/mandates",
            "{\"mandates\":{\"links\":{\"customer_bank_account\":\"BA000000NOPE00\"}}}");

    assertLinkNotFound(
        response, "links.customer_bank_account", "/mandates/links/customer_bank_account");
    assertThat(emulator.emulator().resources("mandates")).isEmpty();
  }

  @Test
  void refundOnAnUnknownPaymentIsRefusedAndNothingIsCreated() throws IOException {
    HttpResponse<String> response =
        http.post(
            "/refunds",
            "{\"refunds\":{\"amount\":100,\"total_amount_confirmation\":100,"
                + "\"links\":{\"payment\":\"PM000000NOPE00\"}}}");

    assertLinkNotFound(response, "links.payment", "/refunds/links/payment");
    assertThat(emulator.emulator().resources("refunds")).isEmpty();
  }

  @Test
  void linksToSeededAndExampleResourcesAreAccepted() throws IOException {
    String seeded = emulator.emulator().seedMandates(1).get(0);
    HttpResponse<String> onSeeded =
        http.post(
            "/payments",
            "{\"payments\":{\"amount\":1500,\"currency\":\"GBP\",\"links\":{\"mandate\":\""
                + seeded
                + "\"}}}");
    assertThat(onSeeded.statusCode()).as(onSeeded.body()).isEqualTo(201);

    HttpResponse<String> onExample =
        http.post(
            "/payments",
            "{\"payments\":{\"amount\":1500,\"currency\":\"GBP\",\"links\":{\"mandate\":\""
                + Examples.id("mandates")
                + "\"}}}");
    assertThat(onExample.statusCode()).as(onExample.body()).isEqualTo(201);
    assertThat(emulator.emulator().resources("payments")).hasSize(2);
  }

  @Test
  void missingRequiredLinksAreValidationErrorsNotLinkErrors() throws IOException {
    HttpResponse<String> response =
        http.post("/payments", "{\"payments\":{\"amount\":1500,\"currency\":\"GBP\"}}");

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(json(response).path("error").path("type").asText()).isEqualTo("validation_failed");
  }

  private static JsonNode assertLinkNotFound(
      HttpResponse<String> response, String field, String pointer) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
    JsonNode error = json(response).path("error");
    assertThat(error.path("type").asText()).isEqualTo("invalid_api_usage");
    assertThat(error.path("code").asInt()).isEqualTo(422);
    assertThat(error.path("message").asText()).isEqualTo("Linked resource not found");
    assertThat(error.path("request_id").asText()).isNotBlank();
    assertThat(error.path("documentation_url").asText()).endsWith("#linked_resource_not_found");
    assertThat(error.path("errors")).hasSize(1);
    JsonNode entry = error.path("errors").get(0);
    assertThat(entry.path("reason").asText()).isEqualTo("linked_resource_not_found");
    assertThat(entry.path("field").asText()).isEqualTo(field);
    assertThat(entry.path("request_pointer").asText()).isEqualTo(pointer);
    return entry;
  }
}
