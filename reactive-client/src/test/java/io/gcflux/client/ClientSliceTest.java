package io.gcflux.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gcflux.client.call.RequestOptions;
import io.gcflux.core.error.AuthenticationException;
import io.gcflux.core.error.FieldError;
import io.gcflux.core.error.InvalidApiUsageException;
import io.gcflux.core.error.ValidationFailedException;
import io.gcflux.core.model.Currency;
import io.gcflux.core.model.Customer;
import io.gcflux.core.model.Payment;
import io.gcflux.core.params.CustomerCreateParams;
import io.gcflux.core.params.PaymentCreateParams;
import io.gcflux.core.params.PaymentListParams;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class ClientSliceTest extends WireMockClientTest {
  private static final String PAYMENT_JSON =
      "{\"id\":\"PM000123ABCD45\",\"amount\":1500,\"currency\":\"GBP\",\"status\":\"confirmed\","
          + "\"charge_date\":\"2026-01-15\",\"created_at\":\"2026-01-10T09:15:00.123Z\","
          + "\"fx\":{\"exchange_rate\":\"1.10\",\"fx_amount\":1650,\"fx_currency\":\"EUR\"},"
          + "\"links\":{\"mandate\":\"MD000123ABCD45\"},\"metadata\":{\"order\":\"42\"}}";

  @Test
  void createSendsHeadersEnvelopeAndIdempotencyKeyAndDecodesTheCustomer() {
    server.stubFor(
        post("/customers")
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"customers\":{\"id\":\"CU000123ABCD45\",\"email\":\"ada@example.com\","
                            + "\"given_name\":\"Ada\"}}")));

    CustomerCreateParams params =
        CustomerCreateParams.builder()
            .email("ada@example.com")
            .givenName("Ada")
            .familyName("Lovelace")
            .putMetadata("crm_id", "7")
            .build();
    StepVerifier.create(client.customers().create(params))
        .assertNext(
            customer -> {
              assertThat(customer).isInstanceOf(Customer.class);
              assertThat(customer.id()).isEqualTo("CU000123ABCD45");
              assertThat(customer.email()).isEqualTo("ada@example.com");
            })
        .verifyComplete();

    server.verify(
        postRequestedFor(urlEqualTo("/customers"))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN))
            .withHeader("GoCardless-Version", equalTo("2015-07-06"))
            .withHeader("Content-Type", equalTo("application/json"))
            .withHeader("Accept", equalTo("application/json"))
            .withHeader("User-Agent", matching("gcflux/\\S+ \\(Java .*"))
            .withHeader("Idempotency-Key", matching("[0-9a-f-]{36}"))
            .withRequestBody(
                equalToJson(
                    "{\"customers\":{\"email\":\"ada@example.com\",\"given_name\":\"Ada\","
                        + "\"family_name\":\"Lovelace\",\"metadata\":{\"crm_id\":\"7\"}}}")));
  }

  @Test
  void callHeadersWinOverClientHeadersAndEveryClientHeaderIsSent() {
    server.stubFor(
        get("/payments/PM000123ABCD45").willReturn(okJson("{\"payments\":" + PAYMENT_JSON + "}")));
    try (GoCardlessClient withDefaults =
        configure(
                GoCardlessClient.builder()
                    .accessToken(TOKEN)
                    .baseUrl(server.baseUrl())
                    .defaultHeader("X-Team", "billing")
                    .defaultHeader("X-Trace", "client"))
            .build()) {
      RequestOptions options =
          RequestOptions.builder().header("X-Trace", "call").header("X-Extra", "1").build();

      StepVerifier.create(withDefaults.payments().get("PM000123ABCD45", options))
          .expectNextCount(1)
          .verifyComplete();
    }

    server.verify(
        getRequestedFor(urlEqualTo("/payments/PM000123ABCD45"))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN))
            .withHeader("GoCardless-Version", equalTo("2015-07-06"))
            .withHeader("X-Team", equalTo("billing"))
            .withHeader("X-Trace", equalTo("call"))
            .withHeader("X-Extra", equalTo("1"))
            .withHeader("Content-Type", absent()));
    assertThat(
            server
                .getAllServeEvents()
                .get(0)
                .getRequest()
                .getHeaders()
                .getHeader("X-Trace")
                .values())
        .containsExactly("call");
  }

  @Test
  void aBaseUrlWithAPathPrefixesEveryRequest() {
    server.stubFor(
        post("/gateway/payments")
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"payments\":" + PAYMENT_JSON + "}")));
    server.stubFor(
        get("/gateway/payments/PM000123ABCD45")
            .willReturn(okJson("{\"payments\":" + PAYMENT_JSON + "}")));
    try (GoCardlessClient behindGateway =
        configure(
                GoCardlessClient.builder()
                    .accessToken(TOKEN)
                    .baseUrl(server.baseUrl() + "/gateway/"))
            .build()) {
      PaymentCreateParams params =
          PaymentCreateParams.builder()
              .amount(1500)
              .currency(Currency.GBP)
              .links(PaymentCreateParams.Links.builder().mandate("MD000123ABCD45").build())
              .build();

      StepVerifier.create(
              behindGateway
                  .payments()
                  .create(params)
                  .then(behindGateway.payments().get("PM000123ABCD45")))
          .assertNext(payment -> assertThat(payment.id()).isEqualTo("PM000123ABCD45"))
          .verifyComplete();
    }

    server.verify(postRequestedFor(urlEqualTo("/gateway/payments")));
    server.verify(getRequestedFor(urlEqualTo("/gateway/payments/PM000123ABCD45")));
  }

  @Test
  void getUnwrapsTheEnvelopeIntoTypedValues() {
    server.stubFor(
        get("/payments/PM000123ABCD45").willReturn(okJson("{\"payments\":" + PAYMENT_JSON + "}")));

    StepVerifier.create(client.payments().get("PM000123ABCD45"))
        .assertNext(
            payment -> {
              assertThat(payment.amount()).isEqualTo(1500L);
              assertThat(payment.currency()).isEqualTo(Currency.GBP);
              assertThat(payment.status()).isEqualTo(Payment.Status.CONFIRMED);
              assertThat(payment.chargeDate()).isEqualTo(LocalDate.of(2026, 1, 15));
              assertThat(payment.createdAt())
                  .isEqualTo(OffsetDateTime.of(2026, 1, 10, 9, 15, 0, 123_000_000, ZoneOffset.UTC));
              assertThat(payment.fx().exchangeRate()).isEqualTo("1.10");
              assertThat(new BigDecimal(payment.fx().exchangeRate()).scale()).isEqualTo(2);
              assertThat(payment.links().mandate()).isEqualTo("MD000123ABCD45");
              assertThat(payment.metadata()).containsEntry("order", "42");
              DecodedCheck.assertReencodesTo(payment, PAYMENT_JSON);
            })
        .verifyComplete();
    server.verify(
        getRequestedFor(urlEqualTo("/payments/PM000123ABCD45"))
            .withHeader("Idempotency-Key", absent())
            .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
  }

  @Test
  void pathParametersArePercentEncodedSoTheyCannotChangeThePath() {
    server.stubFor(
        get(urlPathEqualTo("/payments/%2E%2E%2Fx%3Fy"))
            .willReturn(okJson("{\"payments\":" + PAYMENT_JSON + "}")));

    StepVerifier.create(client.payments().get("../x?y")).expectNextCount(1).verifyComplete();
    assertThat(server.getAllServeEvents().get(0).getRequest().getUrl())
        .isEqualTo("/payments/%2E%2E%2Fx%3Fy");
  }

  @Test
  void blankIdsFailBeforeAnythingIsSent() {
    StepVerifier.create(client.payments().get(" "))
        .expectErrorSatisfies(
            e ->
                assertThat(e)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("identity"))
        .verify(Duration.ofSeconds(5));
    StepVerifier.create(client.payments().get(null))
        .expectError(IllegalArgumentException.class)
        .verify(Duration.ofSeconds(5));
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @Test
  void listFiltersEncodeIntoTheApiQuerySyntax() {
    server.stubFor(
        get(urlPathEqualTo("/payments"))
            .willReturn(
                okJson(
                    "{\"payments\":[],\"meta\":{\"cursors\":{\"before\":null,\"after\":null},"
                        + "\"limit\":10}}")));

    PaymentListParams params =
        PaymentListParams.builder()
            .chargeDate(
                PaymentListParams.ChargeDate.builder()
                    .gte(LocalDate.of(2026, 1, 1))
                    .lt(LocalDate.of(2026, 2, 1))
                    .build())
            .status(Payment.Status.CONFIRMED)
            .limit(10)
            .build();
    StepVerifier.create(client.payments().list(params))
        .assertNext(page -> assertThat(page.items()).isEmpty())
        .verifyComplete();

    assertThat(server.getAllServeEvents().get(0).getRequest().getUrl())
        .isEqualTo(
            "/payments?charge_date%5Bgte%5D=2026-01-01&charge_date%5Blt%5D=2026-02-01"
                + "&status=confirmed&limit=10");
  }

  @Test
  void allFollowsCursorsThroughEveryPage() {
    stubPage(null, "PM1,PM2", "PM2");
    stubPage("PM2", "PM3,PM4", "PM4");
    stubPage("PM4", "PM5", null);

    StepVerifier.create(client.payments().all().map(Payment::id))
        .expectNext("PM1", "PM2", "PM3", "PM4", "PM5")
        .verifyComplete();
    server.verify(
        3, getRequestedFor(urlPathEqualTo("/payments")).withQueryParam("limit", equalTo("500")));
  }

  @Test
  void missingTokenIsRejectedAsAuthenticationException() {
    server.stubFor(
        get("/payments/PM1")
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"error\":{\"message\":\"Invalid token\",\"documentation_url\":"
                            + "\"https://developer.gocardless.com/api-reference#unauthorized\","
                            + "\"type\":\"invalid_api_usage\",\"request_id\":\"RQ401\",\"code\":401,"
                            + "\"errors\":[{\"reason\":\"unauthorized\",\"message\":\"Invalid token\"}]}}")));

    StepVerifier.create(client.payments().get("PM1"))
        .expectErrorSatisfies(
            e -> {
              assertThat(e).isInstanceOf(AuthenticationException.class);
              AuthenticationException auth = (AuthenticationException) e;
              assertThat(auth.statusCode()).isEqualTo(401);
              assertThat(auth.requestId()).isEqualTo("RQ401");
              assertThat(auth.documentationUrl()).endsWith("#unauthorized");
              assertThat(auth.getMessage())
                  .startsWith("[401] Invalid token")
                  .contains("request_id=RQ401")
                  .contains("sandbox vs live")
                  .doesNotContain(TOKEN);
              assertThat(auth.toString()).doesNotContain(TOKEN);
            })
        .verify(Duration.ofSeconds(5));
    assertThat(server.getAllServeEvents()).hasSize(1);
  }

  @Test
  void validationErrorsCarryEveryFieldError() {
    server.stubFor(
        post("/payments")
            .willReturn(
                aResponse()
                    .withStatus(422)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"error\":{\"message\":\"Validation failed\",\"type\":\"validation_failed\","
                            + "\"code\":422,\"request_id\":\"RQ422\",\"documentation_url\":\"https://d\","
                            + "\"errors\":[{\"field\":\"amount\",\"message\":\"must be greater than 0\","
                            + "\"request_pointer\":\"/payments/amount\"},{\"field\":\"currency\","
                            + "\"message\":\"is required\",\"request_pointer\":\"/payments/currency\"}]}}")));

    StepVerifier.create(
            client
                .payments()
                .create(io.gcflux.core.params.PaymentCreateParams.builder().amount(0).build()))
        .expectErrorSatisfies(
            e -> {
              assertThat(e).isInstanceOf(ValidationFailedException.class);
              ValidationFailedException failed = (ValidationFailedException) e;
              assertThat(failed.errors())
                  .extracting(FieldError::field, FieldError::requestPointer)
                  .containsExactly(
                      org.assertj.core.groups.Tuple.tuple("amount", "/payments/amount"),
                      org.assertj.core.groups.Tuple.tuple("currency", "/payments/currency"));
              assertThat(failed.getMessage())
                  .isEqualTo(
                      "[422] Validation failed: amount must be greater than 0; currency is required"
                          + " (type=validation_failed, request_id=RQ422)");
            })
        .verify(Duration.ofSeconds(5));
    assertThat(server.getAllServeEvents()).hasSize(1);
  }

  @Test
  void notFoundIsInvalidApiUsage() {
    server.stubFor(
        get("/payments/PM404")
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withBody(
                        "{\"error\":{\"message\":\"Resource not found\",\"type\":\"invalid_api_usage\","
                            + "\"code\":404,\"request_id\":\"RQ404\",\"errors\":[{\"reason\":"
                            + "\"resource_not_found\",\"message\":\"Resource not found\"}]}}")));

    StepVerifier.create(client.payments().get("PM404"))
        .expectErrorSatisfies(
            e -> {
              assertThat(e).isInstanceOf(InvalidApiUsageException.class);
              assertThat(((InvalidApiUsageException) e).statusCode()).isEqualTo(404);
            })
        .verify(Duration.ofSeconds(5));
  }

  @Test
  void builderRefusesMissingTokensAndPlainHttpOffLoopback() {
    assertThatThrownBy(() -> GoCardlessClient.builder().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("accessToken");
    assertThatThrownBy(
            () ->
                GoCardlessClient.builder()
                    .accessToken("t")
                    .baseUrl("http://api.gocardless.com")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("https");
    try (GoCardlessClient sandbox =
        GoCardlessClient.builder().accessToken(TOKEN).environment(Environment.SANDBOX).build()) {
      assertThat(sandbox.baseUrl()).isEqualTo("https://api-sandbox.gocardless.com");
      assertThat(sandbox.toString()).doesNotContain(TOKEN);
    }
    try (GoCardlessClient live =
        GoCardlessClient.builder().accessToken("live_TOKEN_never_printed").build()) {
      assertThat(live.baseUrl()).isEqualTo("https://api.gocardless.com");
    }
    try (GoCardlessClient explicit =
        GoCardlessClient.builder()
            .accessToken(TOKEN)
            .environment(Environment.SANDBOX)
            .baseUrl("http://127.0.0.1:8080/")
            .build()) {
      assertThat(explicit.baseUrl()).isEqualTo("http://127.0.0.1:8080");
    }
    assertThat(GoCardlessClient.builder().accessToken(TOKEN).toString()).doesNotContain(TOKEN);
  }

  private void stubPage(String after, String ids, String nextCursor) {
    StringBuilder items = new StringBuilder();
    for (String id : ids.split(",")) {
      items.append(items.length() == 0 ? "" : ",").append("{\"id\":\"").append(id).append("\"}");
    }
    String cursor = nextCursor == null ? "null" : "\"" + nextCursor + "\"";
    server.stubFor(
        get(urlPathEqualTo("/payments"))
            .withQueryParam("after", after == null ? absent() : equalTo(after))
            .willReturn(
                okJson(
                    "{\"payments\":["
                        + items
                        + "],\"meta\":{\"cursors\":{\"before\":null,\"after\":"
                        + cursor
                        + "},\"limit\":500}}")));
  }
}
