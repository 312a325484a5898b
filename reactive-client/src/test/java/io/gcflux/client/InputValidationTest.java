package io.gcflux.client;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gcflux.client.call.RequestOptions;
import io.gcflux.core.params.PaymentCreateParams;
import io.gcflux.core.params.PaymentUpdateParams;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** Input the API cannot take fails with an IllegalArgumentException before a request is sent. */
class InputValidationTest extends WireMockClientTest {

  @AfterEach
  void nothingWasSent() {
    if (!sendsAreExpected) {
      server.verify(0, anyRequestedFor(anyUrl()));
    }
  }

  private boolean sendsAreExpected;

  private static PaymentCreateParams.Builder payment() {
    return PaymentCreateParams.builder()
        .amount(1500)
        .currency("GBP")
        .links(PaymentCreateParams.Links.builder().mandate("MD123").build());
  }

  private static void refused(Supplier<Mono<?>> call, String... messageParts) {
    StepVerifier.create(Mono.defer(call))
        .expectErrorSatisfies(
            e ->
                assertThat(e)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContainingAll(messageParts))
        .verify();
  }

  @Test
  void aNullIdIsRefusedNamingTheParameter() {
    refused(() -> client.payments().get(null), "identity", "GET /payments/:identity");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\t"})
  void aBlankIdIsRefused(String id) {
    refused(() -> client.payments().get(id), "identity must not be null or blank");
  }

  @Test
  void anIdOverTheLengthLimitIsRefused() {
    refused(() -> client.payments().get("P".repeat(256)), "identity is 256 characters long");
  }

  @ParameterizedTest
  @ValueSource(strings = {"PM1\r\nX-Injected: 1", "PM1\n", "PM\u00001", "PM\u007f"})
  void anIdWithControlCharactersIsRefused(String id) {
    refused(() -> client.payments().get(id), "identity contains a control character");
  }

  @ParameterizedTest
  @ValueSource(strings = {".", ".."})
  void aDotSegmentIdIsRefused(String id) {
    refused(() -> client.payments().cancel(id), "identity must not be");
  }

  @Test
  void idsWithPathCharactersArePercentEncodedAndStayInTheirSegment() {
    sendsAreExpected = true;
    server.stubFor(
        get(urlPathMatching("/payments/.*")).willReturn(okJson("{\"payments\":{\"id\":\"PM1\"}}")));

    StepVerifier.create(client.payments().get("a/../b?c=1#d %é"))
        .expectNextCount(1)
        .verifyComplete();

    server.verify(1, getRequestedFor(anyUrl()));
    String url = server.getAllServeEvents().get(0).getRequest().getUrl();
    assertThat(url).isEqualTo("/payments/a%2F%2E%2E%2Fb%3Fc%3D1%23d%20%25%C3%A9");
  }

  @Test
  void nullParamsForACreateAreRefused() {
    refused(
        () -> client.payments().create(null),
        "params must not be null",
        "PaymentCreateParams.builder()");
  }

  @Test
  void nullParamsForAnUpdateAreRefused() {
    refused(
        () -> client.payments().update("PM1", (PaymentUpdateParams) null),
        "params must not be null");
  }

  @Test
  void nullOptionsAreRefused() {
    refused(() -> client.payments().get("PM1", null), "options must not be null");
  }

  @Test
  void metadataWithMoreThanThreeKeysIsRefused() {
    Map<String, String> metadata = new LinkedHashMap<>();
    for (int i = 0; i < 4; i++) {
      metadata.put("k" + i, "v");
    }
    refused(
        () -> client.payments().create(payment().metadata(metadata).build()),
        "metadata has 4 keys",
        "at most 3");
  }

  @Test
  void aMetadataKeyOverFiftyCharactersIsRefused() {
    refused(
        () -> client.payments().create(payment().metadata(Map.of("k".repeat(51), "v")).build()),
        "metadata has a key of 51 characters");
  }

  @Test
  void aMetadataValueOverFiveHundredCharactersIsRefusedWithoutEchoingIt() {
    StepVerifier.create(
            client
                .payments()
                .create(payment().metadata(Map.of("note", "secret".repeat(100))).build()))
        .expectErrorSatisfies(
            e ->
                assertThat(e)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("metadata.note has 600 characters")
                    .hasMessageNotContaining("secret"))
        .verify();
  }

  @Test
  void aNegativeAmountIsRefused() {
    refused(
        () -> client.payments().create(payment().amount(-1).build()),
        "amount must not be negative");
  }

  @Test
  void aNegativeNestedAmountIsRefusedNamingItsPath() {
    refused(
        () ->
            client
                .instalmentSchedules()
                .createWithDates(
                    io.gcflux.core.params.InstalmentScheduleCreateWithDatesParams.builder()
                        .name("Plan")
                        .currency("GBP")
                        .totalAmount(1000)
                        .instalments(
                            java.util.List.of(
                                io.gcflux.core.params.InstalmentScheduleCreateWithDatesParams
                                    .Instalment.builder()
                                    .amount(-500)
                                    .chargeDate(java.time.LocalDate.of(2030, 1, 1))
                                    .build()))
                        .links(
                            io.gcflux.core.params.InstalmentScheduleCreateWithDatesParams.Links
                                .builder()
                                .mandate("MD1")
                                .build())
                        .build()),
        "instalments[0].amount must not be negative");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  "})
  void aBlankIdempotencyKeyIsRefused(String key) {
    assertThatThrownBy(() -> RequestOptions.builder().idempotencyKey(key))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("idempotencyKey must not be empty or blank");
  }

  @Test
  void anIdempotencyKeyWithALineBreakIsRefused() {
    assertThatThrownBy(() -> RequestOptions.builder().idempotencyKey("key\r\nX-Evil: 1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("idempotencyKey contains a control character");
  }

  @ParameterizedTest
  @ValueSource(strings = {"value\r\nX-Injected: 1", "value\n", "value\r"})
  void aHeaderValueWithCrOrLfIsRefusedWithoutEchoingIt(String value) {
    assertThatThrownBy(() -> RequestOptions.builder().header("X-Trace", value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("header X-Trace contains a control character")
        .hasMessageNotContaining("Injected");
    assertThatThrownBy(() -> GoCardlessClient.builder().defaultHeader("X-Trace", value))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aHeaderNameThatIsNotATokenIsRefused() {
    assertThatThrownBy(() -> RequestOptions.builder().header("X Trace:", "v"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("header name");
  }
}
