package io.gcflux.spring.boot.testapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.gcflux.testkit.GoCardlessEmulator;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.micrometer.tracing.test.autoconfigure.AutoConfigureTracing;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The application gets its client from application.yml, calls the emulator through it, times the
 * call in the meter registry, and carries the incoming request's trace on to GoCardless.
 */
@SpringBootTest(
    classes = PaymentsApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@AutoConfigureMetrics
@AutoConfigureTracing
class PaymentsApplicationTest {
  private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
  private static final GoCardlessEmulator emulator = GoCardlessEmulator.builder().build().start();

  @Autowired WebTestClient web;
  @Autowired MeterRegistry meters;

  @DynamicPropertySource
  static void emulatorUrl(DynamicPropertyRegistry registry) {
    registry.add("emulator.base-url", emulator::baseUrl);
  }

  @AfterAll
  static void stopEmulator() {
    emulator.stop();
  }

  @Test
  void fetchesThePaymentTimesTheCallAndCarriesTheIncomingTraceToTheApi() {
    String paymentId = emulator.seedPayments(1).get(0);

    web.get()
        .uri("/summaries/{id}", paymentId)
        .header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.id")
        .isEqualTo(paymentId)
        .jsonPath("$.amount")
        .isNumber()
        // Boot's default JSON mapper, Jackson 3, keeps the record's component names.
        .jsonPath("$.createdAt")
        .isNotEmpty();

    List<LoggedRequest> sent =
        emulator.requests().stream().filter(r -> r.getUrl().startsWith("/payments/")).toList();
    assertThat(sent).hasSize(1);
    String traceparent = sent.get(0).getHeader("traceparent");
    assertThat(traceparent).startsWith("00-" + TRACE_ID + "-").doesNotContain("00f067aa0ba902b7");

    assertThat(meters).isInstanceOf(SimpleMeterRegistry.class);
    assertThat(
            meters
                .get("gcflux.client.requests")
                .tags(
                    "resource", "payments",
                    "action", "get",
                    "method", "GET",
                    "status", "200",
                    "outcome", "SUCCESS",
                    "error", "none")
                .timer()
                .count())
        .isEqualTo(1);
    assertThat(meters.find("gcflux.client.requests").timers())
        .allSatisfy(
            timer ->
                assertThat(timer.getId().getTags())
                    .noneMatch(tag -> tag.getValue().contains(paymentId)));
  }
}
