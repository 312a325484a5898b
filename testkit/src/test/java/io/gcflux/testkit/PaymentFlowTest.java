package io.gcflux.testkit;

import static io.gcflux.testkit.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PaymentFlowTest {
  @RegisterExtension
  static GoCardlessEmulatorExtension emulator = new GoCardlessEmulatorExtension();

  private Http http;

  @BeforeEach
  void client() {
    http = new Http(emulator.baseUrl(), emulator.accessToken());
  }

  private String create(String path, String body) throws IOException {
    HttpResponse<String> response = http.post(path, body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    String envelope = path.substring(1);
    return json(response).path(envelope).path("id").asText();
  }

  private String mandate() throws IOException {
    String customer =
        create("/customers", "{\"customers\":{\"email\":\"a@example.com\",\"given_name\":\"A\"}}");
    String account =
        create(
            "/customer_bank_accounts",
            "{\"customer_bank_accounts\":{\"account_holder_name\":\"A\",\"links\":{\"customer\":\""
                + customer
                + "\"}}}");
    return create(
        "/mandates", "{\"mandates\":{\"links\":{\"customer_bank_account\":\"" + account + "\"}}}");
  }

  @Test
  void createsGetsAndListsWithApiShapedIds() throws IOException {
    String mandate = mandate();
    assertThat(mandate).matches("MD[0-9A-Z]{12}");

    HttpResponse<String> created =
        http.post(
            "/payments",
            "{\"payments\":{\"amount\":1500,\"currency\":\"GBP\",\"reference\":\"INV-1\","
                + "\"metadata\":{\"order\":\"42\"},\"links\":{\"mandate\":\""
                + mandate
                + "\"}}}");
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(created.headers().firstValue("x-request-id")).isPresent();
    JsonNode payment = json(created).path("payments");
    String id = payment.path("id").asText();
    assertThat(id).matches("PM[0-9A-Z]{12}");
    assertThat(payment.path("amount").asInt()).isEqualTo(1500);
    assertThat(payment.path("currency").asText()).isEqualTo("GBP");
    assertThat(payment.path("status").asText()).isEqualTo("pending_submission");
    assertThat(payment.path("metadata")).hasSize(1);
    assertThat(payment.path("links").path("mandate").asText()).isEqualTo(mandate);
    assertThat(payment.path("created_at").asText())
        .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");

    JsonNode fetched = json(http.get("/payments/" + id)).path("payments");
    assertThat(fetched).isEqualTo(payment);

    JsonNode list = json(http.get("/payments"));
    assertThat(list.path("payments")).hasSize(1);
    assertThat(list.path("payments").get(0).path("id").asText()).isEqualTo(id);
    assertThat(list.path("meta").path("cursors").path("after").isNull()).isTrue();
    assertThat(list.path("meta").path("cursors").path("before").isNull()).isTrue();
    assertThat(list.path("meta").path("limit").asInt()).isEqualTo(50);
  }

  @Test
  void mandateInheritsTheCustomerOfItsBankAccount() throws IOException {
    String mandate = mandate();
    JsonNode body = json(http.get("/mandates/" + mandate)).path("mandates");
    String account = body.path("links").path("customer_bank_account").asText();
    String customer =
        json(http.get("/customer_bank_accounts/" + account))
            .path("customer_bank_accounts")
            .path("links")
            .path("customer")
            .asText();
    assertThat(body.path("links").path("customer").asText()).isEqualTo(customer).startsWith("CU");
    assertThat(body.path("status").asText()).isEqualTo("pending_submission");
  }

  @Test
  void updatesMergeParams() throws IOException {
    String customer = emulator.emulator().seedCustomers(1).get(0);
    HttpResponse<String> updated =
        http.put(
            "/customers/" + customer,
            "{\"customers\":{\"given_name\":\"Renamed\",\"metadata\":{\"k\":\"v\"}}}");
    assertThat(updated.statusCode()).isEqualTo(200);
    JsonNode fetched = json(http.get("/customers/" + customer)).path("customers");
    assertThat(fetched.path("given_name").asText()).isEqualTo("Renamed");
    assertThat(fetched.path("email").asText()).isEqualTo("customer1@example.com");
    assertThat(fetched.path("metadata").path("k").asText()).isEqualTo("v");
  }

  @Test
  void actionsMoveStatusesAndRecordEvents() throws IOException {
    String payment = emulator.emulator().seedPayments(1).get(0);
    JsonNode cancelled =
        json(http.post("/payments/" + payment + "/actions/cancel", "{\"data\":{}}"));
    assertThat(cancelled.path("payments").path("status").asText()).isEqualTo("cancelled");
    assertThat(json(http.get("/payments/" + payment)).path("payments").path("status").asText())
        .isEqualTo("cancelled");

    HttpResponse<String> again = http.post("/payments/" + payment + "/actions/cancel", "{}");
    assertThat(again.statusCode()).isEqualTo(422);
    assertThat(json(again).path("error").path("type").asText()).isEqualTo("invalid_state");

    JsonNode events = json(http.get("/events?payment=" + payment)).path("events");
    List<String> actions = new ArrayList<>();
    events.forEach(e -> actions.add(e.path("action").asText()));
    assertThat(actions).containsExactly("cancelled", "created");
    assertThat(events.get(1).path("resource_type").asText()).isEqualTo("payments");
    assertThat(events.get(1).path("links").path("payment").asText()).isEqualTo(payment);
    assertThat(events.get(1).path("id").asText()).matches("EV[0-9A-Z]{12}");
  }

  @Test
  void subscriptionsPauseResumeAndCancel() throws IOException {
    String mandate = emulator.emulator().seedMandates(1).get(0);
    String subscription =
        create(
            "/subscriptions",
            "{\"subscriptions\":{\"amount\":500,\"currency\":\"GBP\",\"interval_unit\":\"monthly\","
                + "\"links\":{\"mandate\":\""
                + mandate
                + "\"}}}");
    assertThat(subscription).startsWith("SB");
    String base = "/subscriptions/" + subscription + "/actions/";
    assertThat(status(http.post(base + "pause", "{}"), "subscriptions")).isEqualTo("paused");
    assertThat(status(http.post(base + "resume", "{}"), "subscriptions")).isEqualTo("active");
    assertThat(status(http.post(base + "cancel", "{}"), "subscriptions")).isEqualTo("cancelled");
  }

  @Test
  void billingRequestsAreFulfilled() throws IOException {
    String request = create("/billing_requests", "{\"billing_requests\":{}}");
    assertThat(request).matches("BRQ[0-9A-Z]{12}");
    assertThat(
            status(
                http.post("/billing_requests/" + request + "/actions/fulfil", "{\"data\":{}}"),
                "billing_requests"))
        .isEqualTo("fulfilled");
  }

  @Test
  void literalPathsWinOverIdentity() throws IOException {
    HttpResponse<String> withActions =
        http.post("/billing_requests/create_with_actions", "{\"billing_request_with_actions\":{}}");
    assertThat(withActions.statusCode()).isEqualTo(201);
    assertThat(json(withActions).has("billing_request_with_actions")).isTrue();
    HttpResponse<String> stats = http.get("/outbound_payments/stats");
    assertThat(stats.statusCode()).isEqualTo(200);
    assertThat(json(stats).has("outbound_payments")).isTrue();
  }

  @Test
  void unknownIdsAndPathsAre404() throws IOException {
    HttpResponse<String> missing = http.get("/payments/PM000000NOPE00");
    assertThat(missing.statusCode()).isEqualTo(404);
    JsonNode error = json(missing).path("error");
    assertThat(error.path("type").asText()).isEqualTo("invalid_api_usage");
    assertThat(error.path("code").asInt()).isEqualTo(404);
    assertThat(error.path("errors").get(0).path("reason").asText()).isEqualTo("resource_not_found");
    assertThat(error.path("request_id").asText())
        .isEqualTo(missing.headers().firstValue("x-request-id").orElseThrow());

    HttpResponse<String> path = http.get("/nothing/here");
    assertThat(path.statusCode()).isEqualTo(404);
    assertThat(json(path).path("error").path("errors").get(0).path("reason").asText())
        .isEqualTo("path_not_found");
  }

  @Test
  void missingOrWrongTokenIs401() throws IOException {
    for (Http unauthorised : List.of(http.withToken(null), http.withToken("wrong"))) {
      HttpResponse<String> response = unauthorised.get("/payments");
      assertThat(response.statusCode()).isEqualTo(401);
      JsonNode error = json(response).path("error");
      assertThat(error.path("type").asText()).isEqualTo("invalid_api_usage");
      assertThat(error.path("code").asInt()).isEqualTo(401);
      assertThat(error.path("documentation_url").asText())
          .startsWith("https://developer.gocardless.com/api-reference#");
      assertThat(error.path("message").asText()).isNotBlank();
    }
  }

  @Test
  void missingRequiredFieldsAre422WithPointers() throws IOException {
    HttpResponse<String> response = http.post("/payments", "{\"payments\":{}}");
    assertThat(response.statusCode()).isEqualTo(422);
    JsonNode error = json(response).path("error");
    assertThat(error.path("type").asText()).isEqualTo("validation_failed");
    assertThat(error.path("code").asInt()).isEqualTo(422);
    List<String> pointers = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    error
        .path("errors")
        .forEach(
            e -> {
              pointers.add(e.path("request_pointer").asText());
              fields.add(e.path("field").asText());
            });
    assertThat(pointers)
        .containsExactly("/payments/amount", "/payments/currency", "/payments/links/mandate");
    assertThat(fields).containsExactly("amount", "currency", "links.mandate");
    assertThat(emulator.emulator().resources("payments")).isEmpty();

    JsonNode account =
        json(http.post("/customer_bank_accounts", "{\"customer_bank_accounts\":{}}")).path("error");
    assertThat(account.path("errors").get(0).path("request_pointer").asText())
        .isEqualTo("/customer_bank_accounts/links/customer");
  }

  @Test
  void nonPositiveAmountIs422() throws IOException {
    HttpResponse<String> response =
        http.post(
            "/payments",
            "{\"payments\":{\"amount\":0,\"currency\":\"GBP\",\"links\":{\"mandate\":\"MD1\"}}}");
    assertThat(response.statusCode()).isEqualTo(422);
    JsonNode entry = json(response).path("error").path("errors").get(0);
    assertThat(entry.path("field").asText()).isEqualTo("amount");
    assertThat(entry.path("request_pointer").asText()).isEqualTo("/payments/amount");
  }

  @Test
  void malformedJsonIs400() throws IOException {
    HttpResponse<String> response = http.post("/customers", "{\"customers\": {");
    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode error = json(response).path("error");
    assertThat(error.path("type").asText()).isEqualTo("invalid_api_usage");
    assertThat(error.path("errors").get(0).path("reason").asText())
        .isEqualTo("invalid_document_structure");
  }

  @Test
  void reusedIdempotencyKeyIs409WithTheConflictingResource() throws IOException {
    String body = "{\"customers\":{\"email\":\"once@example.com\"}}";
    Map<String, String> key = Map.of("Idempotency-Key", "key-1");
    HttpResponse<String> first = http.post("/customers", body, key);
    assertThat(first.statusCode()).isEqualTo(201);
    String id = json(first).path("customers").path("id").asText();

    HttpResponse<String> second = http.post("/customers", body, key);
    assertThat(second.statusCode()).isEqualTo(409);
    JsonNode error = json(second).path("error");
    assertThat(error.path("type").asText()).isEqualTo("invalid_state");
    assertThat(error.path("code").asInt()).isEqualTo(409);
    JsonNode entry = error.path("errors").get(0);
    assertThat(entry.path("reason").asText()).isEqualTo("idempotent_creation_conflict");
    assertThat(entry.path("links").path("conflicting_resource_id").asText()).isEqualTo(id);
    assertThat(emulator.emulator().resources("customers")).hasSize(1);
  }

  @Test
  void eachTestStartsFromACleanSlate() {
    assertThat(emulator.emulator().resources("payments")).isEmpty();
    assertThat(emulator.emulator().requests()).isEmpty();
  }

  private static String status(HttpResponse<String> response, String envelope) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response).path(envelope).path("status").asText();
  }
}
